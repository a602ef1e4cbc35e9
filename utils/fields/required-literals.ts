/**
 * Which literal text a regex cannot match without: `\bprior\s*auth` never matches a string lacking "prior" or
 * "auth"... precisely, every match contains "prior" (and "auth"). The classifier uses this to skip patterns
 * whose words are absent from a signal (pattern-index.ts). The analysis is conservative: anything it does not
 * fully understand (flags that fold case, escapes it does not parse, large classes) yields no requirement, and a
 * pattern with no requirement is always tested, so skipping never loses a match.
 */

/** What one piece of a regex can match, as far as the analysis knows. */
interface Shape {
  /** Every string the piece can match, when that set is finite and small; else null. */
  exact: string[] | null;
  /** Strings one of which occurs in every match (none empty); null when nothing is required. */
  required: string[] | null;
}

/** Cross products of alternatives grow fast; beyond this the set is dropped and only a requirement kept. */
const MAX_EXACT = 64;
const UNKNOWN: Shape = { exact: null, required: null };
const EMPTY: Shape = { exact: [''], required: null };
/** Escapes standing for one character of a class: nothing literal is required of it. */
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'n', 'r', 't', 'f', 'v', '0']);
const SMALL_CLASS = 4;

class Unparsed extends Error {}

/**
 * Literal strings one of which occurs in every string `re` matches (case as written), or null when the regex
 * requires nothing the analysis can prove.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  // Case folding (i, u's folding rules) and stateful matching (g, y) are outside what the analysis models.
  if (/[^ms]/.test(re.flags)) return null;
  try {
    const parser = new Parser(re.source);
    const shape = parser.alternation();
    if (!parser.done()) return null;
    return requirement(shape);
  } catch (error) {
    if (error instanceof Unparsed) return null;
    throw error;
  }
}

function requirement(shape: Shape): string[] | null {
  if (shape.exact) return shape.exact.includes('') ? null : withoutSuperstrings(shape.exact);
  return shape.required;
}

/** "b" already covers "ab": a string holding "ab" holds "b". */
function withoutSuperstrings(strings: string[]): string[] {
  const unique = [...new Set(strings)];
  return unique.filter((s) => !unique.some((other) => other !== s && s.includes(other)));
}

/** The stronger of two requirements: longer shortest literal (a rarer word), then fewer alternatives. */
function stronger(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (list: string[]) => Math.min(...list.map((s) => s.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

function sequence(items: Shape[]): Shape {
  let run: string[] | null = [''];
  let exact: string[] | null = [''];
  let required: string[] | null = null;
  for (const item of items) {
    if (item.exact && run && run.length * item.exact.length <= MAX_EXACT) {
      run = cross(run, item.exact);
    } else {
      if (run) required = stronger(required, requirement({ exact: run, required: null }));
      required = stronger(required, requirement(item));
      run = item.exact && item.exact.length <= MAX_EXACT ? item.exact : null;
    }
    exact = exact && item.exact && exact.length * item.exact.length <= MAX_EXACT ? cross(exact, item.exact) : null;
  }
  if (run) required = stronger(required, requirement({ exact: run, required: null }));
  return { exact, required };
}

function alternation(branches: Shape[]): Shape {
  const exacts = branches.map((branch) => branch.exact);
  const union = exacts.every((list) => list) ? [...new Set(exacts.flatMap((list) => list!))] : null;
  const needs = branches.map(requirement);
  return {
    exact: union && union.length <= MAX_EXACT ? union : null,
    required: needs.every((need) => need) ? [...new Set(needs.flatMap((need) => need!))] : null,
  };
}

function repeated(item: Shape, min: number, max: number): Shape {
  if (min === 0) return { exact: max === 1 && item.exact ? [...new Set(['', ...item.exact])] : null, required: null };
  return { exact: min === 1 && max === 1 ? item.exact : null, required: requirement(item) };
}

function cross(left: string[], right: string[]): string[] {
  return [...new Set(left.flatMap((a) => right.map((b) => a + b)))];
}

/** A recursive-descent reader of regex source (without the u flag), producing shapes. */
class Parser {
  private pos = 0;
  constructor(private readonly source: string) {}

  done(): boolean {
    return this.pos === this.source.length;
  }

  alternation(): Shape {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : alternation(branches);
  }

  private sequence(): Shape {
    const items: Shape[] = [];
    while (!this.done() && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified(this.atom()));
    return sequence(items);
  }

  private quantified(atom: Shape): Shape {
    const char = this.peek();
    let min: number;
    let max: number;
    if (char === '*' || char === '+' || char === '?') {
      this.pos++;
      [min, max] = char === '*' ? [0, Infinity] : char === '+' ? [1, Infinity] : [0, 1];
    } else if (char === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.pos));
      if (!braces) throw new Unparsed();
      this.pos += braces[0].length;
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity;
    } else {
      return atom;
    }
    if (this.peek() === '?') this.pos++;
    return repeated(atom, min, max);
  }

  private atom(): Shape {
    const char = this.next();
    switch (char) {
      case '(': return this.group();
      case '[': return this.characterClass();
      case '\\': return this.escape();
      case '.': return UNKNOWN;
      case '^': case '$': return EMPTY;
      case '*': case '+': case '?': case '{': case '}': case ']': case ')': throw new Unparsed();
      default: return { exact: [char], required: [char] };
    }
  }

  private group(): Shape {
    let zeroWidth = false;
    if (this.peek() === '?') {
      const rest = this.source.slice(this.pos);
      const head = /^\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest);
      if (!head) throw new Unparsed();
      this.pos += head[0].length;
      zeroWidth = ['=', '!', '<=', '<!'].includes(head[1]!);
    }
    const inner = this.alternation();
    if (this.next() !== ')') throw new Unparsed();
    // A lookaround consumes nothing; what it demands of the text around the match is not counted on.
    return zeroWidth ? EMPTY : inner;
  }

  private escape(): Shape {
    const char = this.next();
    if (char === 'b' || char === 'B') return EMPTY;
    // \0 followed by digits is an octal escape and \12 may be a backreference or one: not worth modelling.
    if (/\d/.test(char) && /\d/.test(this.peek() ?? '')) throw new Unparsed();
    if (CLASS_ESCAPES.has(char) || /[1-9]/.test(char)) return UNKNOWN;
    if (/[^A-Za-z0-9]/.test(char)) return { exact: [char], required: [char] };
    throw new Unparsed();
  }

  private characterClass(): Shape {
    const negated = this.peek() === '^';
    if (negated) this.pos++;
    if (this.peek() === ']') throw new Unparsed();
    const chars = new Set<string>();
    let plain = !negated;
    while (this.peek() !== ']') {
      const char = this.next();
      if (char === '\\') {
        const escaped = this.next();
        if (/[^A-Za-z0-9]/.test(escaped)) chars.add(escaped);
        else if (CLASS_ESCAPES.has(escaped)) plain = false;
        else throw new Unparsed();
      } else if (char === '-' && chars.size > 0 && this.peek() !== ']') {
        plain = false;
      } else {
        chars.add(char);
      }
    }
    this.pos++;
    if (!plain || chars.size > SMALL_CLASS) return UNKNOWN;
    const list = [...chars];
    return { exact: list, required: list };
  }

  private peek(): string | undefined {
    return this.source[this.pos];
  }

  private next(): string {
    const char = this.source[this.pos++];
    if (char === undefined) throw new Unparsed();
    return char;
  }
}

/**
 * The classifier's shortcut past patterns that cannot match. Built once when the patterns load: every distinct
 * regex (a concept's negatives and matchers; the same source shared by several concepts counts once) gets an id
 * and the literal text it cannot match without (required-literals.ts). Reading a signal then scans its text once
 * for those literals, and only the regexes whose literal is present, plus those with none known, are ever run;
 * each at most once per signal, however many concepts share it.
 */
import type { ConceptPatterns } from './patterns/types';
import { requiredLiterals } from './required-literals';

/** Regex ids of one concept, parallel to its `negative` and `matchers` arrays. */
export interface ConceptRegexIds {
  negative: number[];
  matchers: number[];
}

/** One signal's text as the index read it: which regexes could match, and the answers found so far. */
export class SignalMatches {
  /** 0 = cannot match; 1 = may match, not run yet; 2 = matches; 3 = does not. */
  private readonly state: Uint8Array;

  private possible: number[] | null = null;

  /** The ids the text's literals made possible (the always-run ones not included). */
  private readonly found: number[] = [];

  constructor(private readonly index: PatternIndex, private readonly text: string) {
    this.state = index.candidates(text, this.found);
  }

  /**
   * Positions (in the patterns the index was built from) of the concepts one of whose matchers may match, in
   * order: no other concept can score on this text.
   */
  possibleConcepts(): readonly number[] {
    this.possible ??= this.index.conceptsMatchedBy(this.found);
    return this.possible;
  }

  /** Whether regex `id` may match: false means it certainly does not. */
  mayMatch(id: number): boolean {
    return this.state[id] !== 0 && this.state[id] !== 3;
  }

  /** Whether regex `id` matches the text; runs it once at most. */
  matches(id: number): boolean {
    const state = this.state[id];
    if (state === 0 || state === 3) return false;
    if (state === 2) return true;
    const found = this.index.regexes[id]!.test(this.text);
    this.state[id] = found ? 2 : 3;
    return found;
  }
}

/** The two UTF-16 code units of `text` at `at` as one number: a map key that needs no new string. */
function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * 65_536 + text.charCodeAt(at + 1);
}

/** Distinct signal texts kept read at once. */
const MAX_READS = 5_000;

interface Literal {
  text: string;
  ids: number[];
}

export class PatternIndex {
  readonly regexes: RegExp[] = [];
  private readonly ids = new Map<string, number>();
  private readonly byConcept = new Map<ConceptPatterns, ConceptRegexIds>();
  /** 1 for a regex with no known literal: always run. */
  private readonly always: Uint8Array;
  /** Literals of two or more characters by their first two (as pairKey); single characters by their code. */
  private readonly byPair = new Map<number, Literal[]>();
  private readonly byChar = new Map<number, Literal>();
  /** 1 at the position of each concept with a matcher that always runs. */
  private readonly alwaysConcepts: Uint8Array;
  /** Regex id -> positions of the concepts that have it as a matcher, ascending. */
  private readonly matcherOf: number[][];
  /**
   * Texts already read (signals repeat: the same label on every row), bounded so a long session's texts do not
   * pile up. A read's answers depend only on its text, so sharing them changes none.
   */
  private readonly reads = new Map<string, SignalMatches>();

  constructor(patterns: readonly ConceptPatterns[]) {
    for (const concept of patterns) {
      this.byConcept.set(concept, {
        negative: (concept.negative ?? []).map((re) => this.idOf(re)),
        matchers: concept.matchers.map((matcher) => this.idOf(matcher.re)),
      });
    }
    this.matcherOf = this.regexes.map(() => []);
    patterns.forEach((concept, position) => {
      for (const id of this.byConcept.get(concept)!.matchers) {
        const concepts = this.matcherOf[id]!;
        if (concepts[concepts.length - 1] !== position) concepts.push(position);
      }
    });
    this.always = new Uint8Array(this.regexes.length);
    const literals = new Map<string, Literal>();
    this.regexes.forEach((re, id) => {
      const required = requiredLiterals(re);
      if (!required) {
        this.always[id] = 1;
        return;
      }
      for (const text of required) {
        const literal = literals.get(text) ?? { text, ids: [] };
        literal.ids.push(id);
        literals.set(text, literal);
      }
    });
    for (const literal of literals.values()) {
      if (literal.text.length === 1) {
        this.byChar.set(literal.text.charCodeAt(0), literal);
      } else {
        const pair = pairKey(literal.text, 0);
        this.byPair.set(pair, [...(this.byPair.get(pair) ?? []), literal]);
      }
    }
    this.alwaysConcepts = new Uint8Array(patterns.length);
    this.always.forEach((always, id) => {
      if (always) for (const position of this.matcherOf[id]!) this.alwaysConcepts[position] = 1;
    });
  }

  /** The ids of a concept's regexes; the concept must be one the index was built from. */
  idsOf(concept: ConceptPatterns): ConceptRegexIds {
    const ids = this.byConcept.get(concept);
    if (!ids) throw new Error(`pattern index: ${concept.concept} was not indexed`);
    return ids;
  }

  /** Reads a signal's text once; ask the result which regexes match. */
  read(text: string): SignalMatches {
    let read = this.reads.get(text);
    if (!read) {
      if (this.reads.size >= MAX_READS) this.reads.clear();
      read = new SignalMatches(this, text);
      this.reads.set(text, read);
    }
    return read;
  }

  /** Positions of the concepts with a matcher among `found` or always run (see SignalMatches.possibleConcepts). */
  conceptsMatchedBy(found: readonly number[]): number[] {
    const marked = this.alwaysConcepts.slice();
    for (const id of found) for (const position of this.matcherOf[id]!) marked[position] = 1;
    const positions: number[] = [];
    for (let position = 0; position < marked.length; position++) if (marked[position]) positions.push(position);
    return positions;
  }

  /**
   * 1 for every regex that may match `text` (its literal occurs, or it has none), else 0. `found`, when given,
   * receives the ids its literals made possible.
   */
  candidates(text: string, found?: number[]): Uint8Array {
    const state = this.always.slice();
    const mark = (ids: readonly number[]) => {
      for (const id of ids) {
        if (state[id] === 1) continue;
        state[id] = 1;
        found?.push(id);
      }
    };
    for (let at = 0; at < text.length; at++) {
      const single = this.byChar.get(text.charCodeAt(at));
      if (single) mark(single.ids);
      if (at + 1 >= text.length) continue;
      const literals = this.byPair.get(pairKey(text, at));
      if (!literals) continue;
      for (const literal of literals) if (text.startsWith(literal.text, at)) mark(literal.ids);
    }
    return state;
  }

  private idOf(re: RegExp): number {
    // Without g or y a regex's answer depends only on its source, flags and text: equal ones share an id.
    const key = `${re.flags}/${re.source}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.regexes.length;
      this.regexes.push(re);
      this.ids.set(key, id);
    }
    return id;
  }
}

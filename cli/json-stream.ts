/**
 * A JSON document written piece by piece, so a batch's claims are printed as they are checked instead of being
 * held until the end. The text is exactly what JSON.stringify(value, null, 2) would print for the whole.
 */
interface Open {
  close: '}' | ']';
  items: number;
}

export class JsonStream {
  private readonly open: Open[] = [];

  constructor(private readonly write: (text: string) => void) {}

  /** Opens an object or array: a property of the enclosing object (`name`), an item of an array, or the document. */
  begin(kind: 'object' | 'array', name?: string): void {
    this.next(name);
    this.write(kind === 'object' ? '{' : '[');
    this.open.push({ close: kind === 'object' ? '}' : ']', items: 0 });
  }

  /** A whole value, as a property (`name`) or an array item. */
  value(value: unknown, name?: string): void {
    this.next(name);
    const depth = ' '.repeat(this.open.length * 2);
    this.write((JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${depth}`));
    if (this.open.length === 0) this.write('\n');
  }

  end(): void {
    const closing = this.open.pop();
    if (!closing) throw new Error('JsonStream: nothing open');
    if (closing.items > 0) this.write(`\n${' '.repeat(this.open.length * 2)}`);
    this.write(closing.close);
    if (this.open.length === 0) this.write('\n');
  }

  private next(name: string | undefined): void {
    const parent = this.open.at(-1);
    if (!parent) return;
    this.write(parent.items > 0 ? ',\n' : '\n');
    parent.items += 1;
    this.write(' '.repeat(this.open.length * 2));
    if (parent.close === '}') this.write(`${JSON.stringify(name ?? '')}: `);
  }
}

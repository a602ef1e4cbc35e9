/**
 * Writes slot readings into FileFields with the file position as a prefix ("Claim 1 / ..."). A reading is a
 * string ('' = the file has the slot and leaves it empty: a gap) or undefined (the file cannot tell: nothing is
 * recorded). Keeping that rule in one place stops each mapper from re-deciding it.
 */
import type { ConceptKey } from '../../rules/concepts';
import type { CodeSystem, FieldIndex } from '../../rules/schema';
import type { FileFields } from './file-fields';

export class Slots {
  constructor(readonly fields: FileFields, private readonly where: string) {}

  /** Records the reading unless it is undefined. Labels and paths name places in the file, never values. */
  put(concept: ConceptKey, value: string | undefined, label: string, path: string, index: FieldIndex = null, codeSystem?: CodeSystem): void {
    if (value === undefined) return;
    this.fields.add({ concept, index, value, label, path: `${this.where} / ${path}`, ...(codeSystem && { codeSystem }) });
  }

  has(concept: ConceptKey, index: FieldIndex = null): boolean {
    return this.fields.has(concept, index);
  }

  /** The same fields under another position prefix, e.g. a Goal in the same Bundle as the Claim. */
  at(where: string): Slots {
    return new Slots(this.fields, where);
  }
}

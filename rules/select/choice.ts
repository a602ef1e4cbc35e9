/**
 * What a snapshot is checked as: for which payer, as which kind of document, whether that is settled, and why.
 * The popup asks the user instead of showing "Nothing missing" when it is not certain; the CLI prints it.
 */
import type { Snapshot } from '../schema';
import { kindReading, type Reading } from './document-kind';
import { KNOWN_PAYERS, OTHER_PAYER, otherPayerField, type PageContext } from './page-context';

/** The user's (or an admin's) choice, which wins over what the page suggests. */
export interface ChecklistChoice {
  payer?: string;
  service?: string;
  /** A kind id from kinds.json: check the page as that kind of document. */
  kind?: string;
}

export interface Choice {
  /** Payer id (payers.json, or "other"), null when none was read or chosen. */
  payer: string | null;
  /** Kind id (kinds.json), null when none was read or chosen. */
  kind: string | null;
  /** True only when both the payer and the kind were read for certain or chosen by the user. */
  certain: boolean;
  /** Where each came from, in one line: "payer from payer field “Medicare Part B”; kind from the heading “Plan of Care”". */
  evidence: string;
}

/** The payer and kind a check uses: the user's choice where given, else what the snapshot shows. */
export function chooseReadings(snapshot: Snapshot, context: PageContext, choice: ChecklistChoice): { payer: Reading | null; kind: Reading | null } {
  const payer = choice.payer ? payerReading(choice.payer) : (context.payer ?? otherPayerField(snapshot));
  const kind = choice.kind ? kindReading(choice.kind, 'your choice', true) : context.kind;
  return { payer, kind };
}

export function describeChoice(payer: Reading | null, kind: Reading | null): Choice {
  const part = (what: string, reading: Reading | null) =>
    reading === null ? `no ${what} read` : `${what} ${reading.certain ? 'from' : 'guessed from'} ${reading.evidence}`;
  return {
    payer: payer?.id ?? null,
    kind: kind?.id ?? null,
    certain: payer !== null && kind !== null && payer.certain && kind.certain,
    evidence: `${part('payer', payer)}; ${part('kind', kind)}`,
  };
}

function payerReading(id: string): Reading {
  const known = [...KNOWN_PAYERS, OTHER_PAYER].find((candidate) => candidate.id === id);
  return { id, title: known?.title ?? id, evidence: 'your choice', certain: true };
}

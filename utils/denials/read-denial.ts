/**
 * The one way in for a denial file or text: an X12 835 (starts with ISA, or with ST*835 when pasted without its
 * envelope), FHIR JSON (has a resourceType: an ExplanationOfBenefit, a ClaimResponse or a Bundle of them), else a
 * denial typed by hand (JSON or "Label: value" lines). Throws a one-line Error for input none of them reads, so the command line can exit 2.
 */
import type { Denial } from '../../rules/denials/denial';
import { looksLikeX12 } from '../claim-files/x12-segments';
import { readFhirDenials } from './fhir-denial';
import { readManualDenial } from './manual-denial';
import { looksLikeBare835, read835Denials } from './x12-835';

/** Every denial the text holds (an 835 may hold many claims), read by the reader its content calls for. */
export function readDenials(text: string, name = 'entered by hand'): Denial[] {
  if (looksLikeX12(text) || looksLikeBare835(text)) return read835Denials(text);
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new Error(`${name} is not valid JSON`);
    }
    if (typeof parsed === 'object' && parsed !== null && 'resourceType' in parsed) return readFhirDenials(parsed);
  }
  return [readManualDenial(text, name)];
}

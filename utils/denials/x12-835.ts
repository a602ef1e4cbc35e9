/**
 * Reads an X12 835 (health care claim payment/advice) into one Denial per claim (CLP). The separators come from
 * the ISA, as for the 837 (utils/claim-files/x12-segments.ts). What is read: the payer (N1*PR), the notice's date
 * (DTM*405 production date, else BPR16 the payment date), each claim's CLP (status, charge, paid, the payer's own
 * claim number, the claim filing indicator), patient (NM1*QC, else NM1*IL), claim-level CAS triplets and remark codes (MOA, MIA), the
 * statement dates (DTM*232/233), and each service line (SVC) with its date (DTM*472/150/151), CAS and LQ*HE
 * remark codes. Every code is kept as sent; none is dropped for being unknown.
 */
import { datesSpan, type Denial, type DenialLine, type DenialReason } from '../../rules/denials/denial';
import { parseIsoDate } from '../../rules/denials/calendar';
import { codeKindOf } from '../../rules/denials/denial-codes';
import { components, element, readSeparators, x12Segments, type X12Segment, type X12Separators } from '../claim-files/x12-segments';

/** CLP02 claim status codes, in plain words (X12 835 implementation guide). */
const CLAIM_STATUS: Record<string, string> = {
  '1': 'processed as primary', '2': 'processed as secondary', '3': 'processed as tertiary', '4': 'denied',
  '19': 'processed as primary, forwarded to another payer', '20': 'processed as secondary, forwarded to another payer',
  '21': 'processed as tertiary, forwarded to another payer', '22': 'reversal of a previous payment',
  '23': 'not our claim, forwarded to another payer', '25': 'predetermination pricing only, no payment',
};

/** CAS repeats reason, amount, quantity six times after the group code (CAS02–CAS19). */
const CAS_TRIPLETS = 6;

/** Every claim an 835 text holds, in file order. Throws a one-line Error when the text is no 835. */
export function read835Denials(text: string): Denial[] {
  const { start, separators } = bareTransaction(text) ?? readSeparators(text);
  // Line breaks are layout unless they end the segments: some payers wrap the file in 80-character records, which
  // cuts segments, and even segment ids, in two. X12 data holds no line breaks, so they are dropped.
  const breaksAreLayout = !/[\r\n]/.test(separators.terminator);
  const body = breaksAreLayout ? text.slice(start).replace(/[\r\n]+/g, '') : text.slice(start);
  const reader = new Remittance(separators);
  for (const segment of x12Segments(body, 0, separators)) reader.take(segment);
  if (!reader.sawTransaction) throw new Error('Not an X12 835 remittance: no ST*835 transaction in the file');
  return reader.finish();
}

// An 835 transaction set pasted without its ISA/GS envelope (as implementation guides print their examples and as
// clearinghouse portals show one remittance): "ST", a separator, "835".
const BARE_ST = /^[\uFEFF\s]*ST([^A-Za-z0-9\s])835\1/;

/** True when the text is an 835 transaction set without the interchange envelope (it starts with ST*835). */
export function looksLikeBare835(text: string): boolean {
  return BARE_ST.test(text.slice(0, 64));
}

/**
 * The separators of an 835 with no ISA to declare them: the element separator is the character after "ST", the
 * segment terminator the first character after ST02 that is neither a letter, a digit nor the element separator,
 * and the component separator the character after a service line's two-letter qualifier (SVC*HC:99213), else ":".
 */
function bareTransaction(text: string): { start: number; separators: X12Separators } | null {
  const match = BARE_ST.exec(text.slice(0, 64));
  if (!match) return null;
  const element = match[1]!;
  const start = match[0].indexOf('ST');
  const rest = text.slice(match[0].length);
  let at = 0;
  while (at < rest.length && (/[A-Za-z0-9]/.test(rest.charAt(at)) || rest.charAt(at) === element)) at += 1;
  if (at >= rest.length) return null;
  // A segment terminator written as a line break may come as CR LF: the LF ends the segment, the CR is trimmed.
  const terminator = rest.charAt(at) === '\r' ? '\n' : rest.charAt(at);
  const qualifier = new RegExp(`SVC${escape(element)}[A-Z]{2}([^A-Za-z0-9])`).exec(text)?.[1];
  const component = qualifier && qualifier !== element && qualifier !== terminator ? qualifier : ':';
  return { start, separators: { element, component, terminator } };
}

function escape(character: string): string {
  return character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A segment id: two or three upper-case letters or digits, the first a letter (CLP, N1, SVC). */
const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;

class Remittance {
  sawTransaction = false;
  private inTransaction = false;
  private payerName: string | undefined;
  private productionDate: string | undefined;
  private paymentDate: string | undefined;
  private claim: Denial | undefined;
  private line: DenialLine | undefined;
  private readonly done: Denial[] = [];

  constructor(private readonly separators: X12Separators) {}

  take(segment: X12Segment): void {
    const id = segment[0];
    if (this.inTransaction && !SEGMENT_ID.test(id ?? '')) {
      // Text that is no segment inside a transaction (a note typed after a "~", a segment run into the next) would
      // hide the segment it swallowed: a CLP lost puts its reasons on the claim before. Refused, not guessed around.
      // Only the part before the first element separator is quoted: the note, never the values after it.
      throw new Error(`"${(id ?? '').replace(/\s+/g, ' ').slice(0, 30)}" starts no X12 segment: the 835 looks edited or annotated; use the file as the payer sent it`);
    }
    if (id === 'ST') {
      this.inTransaction = true;
      this.closeClaim();
      const set = element(segment, 1);
      if (set !== '835') throw new Error(`Not an X12 835 remittance: the transaction is ${set.replace(/\s+/g, ' ').slice(0, 20) || 'unnamed'} (ST01)`);
      this.sawTransaction = true;
      this.payerName = this.productionDate = this.paymentDate = undefined;
    } else if (id === 'BPR') this.paymentDate = isoDate(element(segment, 16));
    else if (id === 'DTM' && !this.claim && element(segment, 1) === '405') this.productionDate = isoDate(element(segment, 2));
    else if (id === 'N1' && !this.claim) {
      if (element(segment, 1) === 'PR') this.payerName = element(segment, 2) || undefined;
    } else if (id === 'CLP') this.openClaim(segment);
    else if (id === 'SE') {
      this.closeClaim();
      this.inTransaction = false;
    }
    else if (this.claim) this.takeClaimSegment(segment, this.claim);
  }

  finish(): Denial[] {
    this.closeClaim();
    return this.done;
  }

  private openClaim(segment: X12Segment): void {
    this.closeClaim();
    const claimId = element(segment, 1);
    const status = element(segment, 2);
    const denialDate = this.productionDate ?? this.paymentDate;
    this.claim = {
      ...(claimId && { claimId }),
      ...(element(segment, 7) && { payerClaimNumber: element(segment, 7) }),
      ...(this.payerName && { payerName: this.payerName }),
      ...(denialDate && { denialDate }),
      ...optionalNumber('chargedAmount', element(segment, 3)),
      ...optionalNumber('paidAmount', element(segment, 4)),
      ...(status && { status: CLAIM_STATUS[status] ? `${status} ${CLAIM_STATUS[status]}` : status }),
      ...(/^[A-Z0-9]{1,3}$/.test(element(segment, 6)) && { claimFilingIndicator: element(segment, 6) }),
      reasons: [],
      source: { format: 'x12-835', what: `835 CLP ${claimId || '(no claim id)'}` },
    };
    this.line = undefined;
  }

  private takeClaimSegment(segment: X12Segment, claim: Denial): void {
    const id = segment[0];
    if (id === 'SVC') {
      this.line = this.serviceLine(segment);
      (claim.lines ??= []).push(this.line);
    } else if (id === 'CAS') (this.line ?? claim).reasons.push(...adjustments(segment));
    else if (id === 'LQ' && element(segment, 1) === 'HE' && element(segment, 2)) {
      (this.line ?? claim).reasons.push(remark(element(segment, 2)));
    } else if (id === 'MOA' && !this.line) claim.reasons.push(...[3, 4, 5, 6, 7].map((n) => element(segment, n)).filter(Boolean).map(remark));
    else if (id === 'MIA' && !this.line) claim.reasons.push(...[5, 20, 21, 22, 23].map((n) => element(segment, n)).filter(Boolean).map(remark));
    else if (id === 'NM1' && !this.line) this.takeName(segment, claim);
    else if (id === 'DTM') this.takeDate(segment, claim);
  }

  private takeName(segment: X12Segment, claim: Denial): void {
    const entity = element(segment, 1);
    if (entity === 'QC' || (entity === 'IL' && !claim.patientName)) {
      const name = [element(segment, 4), element(segment, 5), element(segment, 3)].filter(Boolean).join(' ');
      if (name) claim.patientName = name;
      if (element(segment, 9) && (entity === 'QC' || !claim.memberId)) claim.memberId = element(segment, 9);
    }
  }

  private takeDate(segment: X12Segment, claim: Denial): void {
    const qualifier = element(segment, 1);
    const date = isoDate(element(segment, 2));
    if (!date) return;
    if (this.line && (qualifier === '472' || qualifier === '150')) this.line.dateOfService = date;
    else if (!this.line && qualifier === '232') claim.datesOfService = { ...claim.datesOfService, from: date };
    else if (!this.line && qualifier === '233' && claim.datesOfService) claim.datesOfService.to = date;
    else if (!this.line && qualifier === '233') claim.datesOfService = { from: date };
  }

  private serviceLine(segment: X12Segment): DenialLine {
    const [, code, ...modifiers] = components(segment, 1, this.separators);
    return {
      ...(code && { procedure: code }),
      ...(modifiers.filter(Boolean).length > 0 && { modifiers: modifiers.filter(Boolean) }),
      ...optionalNumber('charged', element(segment, 2)),
      ...optionalNumber('paid', element(segment, 3)),
      reasons: [],
    };
  }

  private closeClaim(): void {
    if (!this.claim) return;
    const lineSpan = datesSpan((this.claim.lines ?? []).map((line) => line.dateOfService));
    if (!this.claim.datesOfService && lineSpan) this.claim.datesOfService = lineSpan;
    this.done.push(this.claim);
    this.claim = undefined;
    this.line = undefined;
  }
}

function adjustments(segment: X12Segment): DenialReason[] {
  const group = element(segment, 1);
  const reasons: DenialReason[] = [];
  for (let triplet = 0; triplet < CAS_TRIPLETS; triplet += 1) {
    const code = element(segment, 2 + triplet * 3);
    if (!code) continue;
    const amount = Number(element(segment, 3 + triplet * 3));
    reasons.push({ ...(group && { group }), code, kind: 'carc', ...(element(segment, 3 + triplet * 3) && Number.isFinite(amount) && { amount }) });
  }
  return reasons;
}

function remark(code: string): DenialReason {
  return { code, kind: codeKindOf(code) === 'rarc' ? 'rarc' : 'other' };
}

function optionalNumber<K extends string>(key: K, value: string): Partial<Record<K, number>> {
  const parsed = Number(value);
  return value !== '' && Number.isFinite(parsed) ? ({ [key]: parsed } as Record<K, number>) : {};
}

/** CCYYMMDD as an ISO date; a value that is not a calendar date is left out rather than passed on. */
function isoDate(value: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  const iso = match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
  return iso && parseIsoDate(iso) ? iso : undefined;
}

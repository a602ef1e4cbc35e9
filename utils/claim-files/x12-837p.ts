/**
 * Reads an X12 837P 5010 professional claim file into one ClaimLint Snapshot per claim (CLM). An 837 has a place
 * for every CMS-1500 box it maps to, so a place the file leaves empty becomes an empty field (a gap the engine
 * reports), while what an 837 never carries (goals, plan of care, doc.*) is left out ("can't tell").
 * Titles, labels and paths name places in the file ("claim 2 / 2300 REF*G1"), never values: they are shown and
 * logged where patient data must not go.
 */
import type { ConceptKey } from '../../rules/concepts';
import { DIAGNOSIS_LETTERS } from '../../rules/concepts';
import { MAX_LINE_INDEX, type CodeSystem, type FieldIndex, type Snapshot } from '../../rules/schema';
import { FileFields, fileSnapshot } from './file-fields';
import { emptyFileError, X12Walk, type X12Claim, type X12Line, type X12Name, type X12Person } from './x12-837p-walk';
import { readSeparators, x12Segments } from './x12-segments';

export { looksLikeX12 } from './x12-segments';

/** One claim of an 837P as a snapshot, with the ids a biller finds it by. */
export interface X12ClaimSnapshot {
  snapshot: Snapshot;
  /** CLM01, the patient control number; null when the CLM has none. */
  claimId: string | null;
  /** ST02 of the transaction set the claim sits in. */
  controlNumber: string;
  /** 1-based place of the claim in the file. */
  position: number;
}

/**
 * One Snapshot per claim, in file order. Throws an Error with a one-line message when the file is not an 837P.
 * `notices` receives what the file as a whole needs said (a 4010 file, a separator mismatch), once each.
 */
export function readX12_837P(text: string, url: string, takenAt?: string, notices: string[] = []): Snapshot[] {
  return readX12_837PUpTo(text, url, Number.POSITIVE_INFINITY, takenAt, notices).snapshots;
}

/**
 * The first `maxClaims` claims of a batch as snapshots, and how many the file holds. A snapshot costs far more
 * memory than the text it came from (~20 kB a claim), so a clearinghouse batch of 100,000 claims is read in part
 * rather than exhausting the process; the caller says how much was checked. (x12ClaimsFromChunks in
 * claim-read.ts reads a batch of any size one claim at a time.)
 */
export function readX12_837PUpTo(
  text: string, url: string, maxClaims: number, takenAt?: string, notices: string[] = [],
): { snapshots: Snapshot[]; claimsInFile: number } {
  const { start, separators } = readSeparators(text);
  const kept: X12Claim[] = [];
  const walk = new X12Walk(separators, {
    claim: (claim) => { if (kept.length < maxClaims) kept.push(claim); },
    notice: (message) => notices.push(message),
  });
  for (const segment of x12Segments(text, start, separators)) walk.read(segment);
  walk.finish();
  const empty = emptyFileError(walk);
  if (empty) throw empty;
  const snapshots = kept.map((claim, i) => claimSnapshot(claim, i + 1, walk.claimsSeen, url, takenAt).snapshot);
  return { snapshots, claimsInFile: walk.claimsSeen };
}

/**
 * A claim's snapshot, titled by its CLM01 (the patient control number the biller searches for) and its place:
 * "X12 837P claim ACCT42 (2 of 5)", or "(claim 2)" when the file's claim count is not known yet (a stream).
 */
export function claimSnapshot(claim: X12Claim, position: number, total: number | null, url: string, takenAt?: string): X12ClaimSnapshot {
  const fields = new ClaimFields(`claim ${position}`);
  addClaim(fields, claim);
  // X12 allows 38 characters in CLM01; anything that is not printable is left out of the title.
  const claimId = claim.accountNumber.replace(/[^\x20-\x7E]/g, '').trim().slice(0, 50) || null;
  const place = total === null ? `${position}` : `${position} of ${total}`;
  const title = claimId ? `X12 837P claim ${claimId} (${total === null ? 'claim ' : ''}${place})` : `X12 837P claim ${place}`;
  const snapshot = fileSnapshot({ kind: 'claim-file', format: 'x12-837p' }, url, title, fields.collected, takenAt);
  return { snapshot, claimId, controlNumber: claim.controlNumber, position };
}

/** FileFields with the claim's place ("claim 2") in front of every path, so paths say which claim they are in. */
class ClaimFields {
  readonly collected = new FileFields();

  constructor(private readonly where: string) {}

  add(concept: ConceptKey, value: string, label: string, path: string, index?: FieldIndex, codeSystem?: CodeSystem): void {
    const spec = { concept, value, label: `${label} (${path})`, path: `${this.where} / ${path}`, ...(codeSystem && { codeSystem }) };
    this.collected.add(index === undefined ? spec : { ...spec, index });
  }
}

function addClaim(fields: ClaimFields, claim: X12Claim): void {
  addPatient(fields, claim);
  addProviders(fields, claim);
  addClaimInformation(fields, claim);
  addDiagnoses(fields, claim);
  addReferring(fields, claim);
  claim.lines.slice(0, MAX_LINE_INDEX).forEach((line, i) => addLine(fields, claim, line, i + 1));
}

/** The patient is the 2010CA patient when the claim has a 2000C loop, else the 2010BA subscriber. */
function addPatient(fields: ClaimFields, claim: X12Claim): void {
  const { subscriber, patient } = claim;
  const person: X12Person = patient ?? subscriber;
  const nameAt = patient ? '2010CA NM1*QC' : '2010BA NM1*IL';
  const dmgAt = patient ? '2010CA DMG' : '2010BA DMG';
  fields.add('patient.name', fullName(person.name), 'Patient name', nameAt);
  fields.add('patient.lastName', person.name?.last ?? '', 'Patient last name', `${nameAt}-03`);
  fields.add('patient.firstName', person.name?.first ?? '', 'Patient first name', `${nameAt}-04`);
  fields.add('patient.dob', isoDate(person.dob ?? ''), 'Patient date of birth', `${dmgAt}-02`);
  fields.add('patient.sex', person.sex ?? '', 'Patient sex', `${dmgAt}-03`);
  fields.add('patient.memberId', subscriber.name?.id ?? '', "Subscriber's member ID", '2010BA NM1*IL-09');
  fields.add('patient.accountNumber', claim.accountNumber, 'Patient account number', '2300 CLM-01');
  fields.add('insured.groupNumber', subscriber.groupNumber, 'Group number', '2000B SBR-03');
  fields.add('payer.name', subscriber.payerName ?? '', 'Payer name', '2010BB NM1*PR-03');
  addStates(fields, claim);
}

/**
 * The states a claim's address segments give (N402), for rules only one state's law makes: the service facility
 * (2310C, else the billing provider's 2010AA address, which 2310C is sent only to differ from), the payer, and
 * the patient. A state the file does not send is left out, not sent empty: it is not a gap of the claim.
 */
function addStates(fields: ClaimFields, claim: X12Claim): void {
  const facility = claim.facilityState ?? claim.billing.state;
  if (facility) fields.add('facility.state', facility, 'Service facility state', claim.facilityState ? '2310C N4-02' : '2010AA N4-02');
  if (claim.subscriber.payerState) fields.add('payer.state', claim.subscriber.payerState, 'Payer state', '2010BB N4-02');
  const patientState = claim.patient ? claim.patient.state : claim.subscriber.state;
  if (patientState) fields.add('patient.state', patientState, 'Patient state', claim.patient ? '2010CA N4-02' : '2010BA N4-02');
}

/**
 * Box 31 names the rendering provider (2310B) when there is one, the billing provider (2010AA) otherwise. The NPI
 * is box 33a's, always the billing provider's: the rendering NPI is each line's 24J (2310B or 2420A), so reading
 * it here too would leave the billing NPI unchecked.
 */
function addProviders(fields: ClaimFields, claim: X12Claim): void {
  const rendering = claim.providers.get('82');
  const provider = rendering ?? claim.billing.name;
  const at = rendering ? '2310B NM1*82' : '2010AA NM1*85';
  fields.add('provider.name', fullName(provider ?? null), rendering ? 'Rendering provider' : 'Billing provider', `${at}-03`);
  fields.add('provider.npi', npiOf(claim.billing.name ?? null), 'Billing provider NPI (33a)', '2010AA NM1*85-09');
  const taxId = claim.billing.taxId;
  fields.add('provider.taxId', taxId?.value ?? '', 'Billing provider tax ID', `2010AA REF*${taxId?.qualifier ?? 'EI'}`);
}

function addClaimInformation(fields: ClaimFields, claim: X12Claim): void {
  addPriorAuth(fields, claim);
  addOtherClaimNumber(fields, claim);
  // CLM05-3 frequency 7 (replacement) or 8 (void) is box 22; an original claim (1) has no resubmission code to give.
  const frequency = claim.facility[2] ?? '';
  if (frequency === '7' || frequency === '8') {
    fields.add('claim.resubmissionCode', frequency, 'Claim frequency code', '2300 CLM-05-3');
  }
  addRelatedCauses(fields, claim);
  fields.add('claim.onsetDate', isoDate(claim.dates.get('431') ?? ''), 'Onset of current illness or symptom', '2300 DTP*431');
  const other = ['454', '439', '304'].find((qualifier) => claim.dates.has(qualifier)) ?? '454';
  fields.add('claim.otherDate', isoDate(claim.dates.get(other) ?? ''), OTHER_DATE_LABELS[other]!, `2300 DTP*${other}`);
}

const OTHER_DATE_LABELS: Record<string, string> = {
  454: 'Initial treatment date',
  439: 'Accident date',
  304: 'Last seen date',
};

/** Box 23 is always a slot of the claim: REF*G1 (prior authorization), else REF*9F (referral number), else empty. */
function addPriorAuth(fields: ClaimFields, claim: X12Claim): void {
  const referral = !claim.refs.has('G1') && claim.refs.has('9F');
  fields.add(
    'claim.priorAuthNumber',
    (referral ? claim.refs.get('9F') : claim.refs.get('G1')) ?? '',
    referral ? 'Referral number' : 'Prior authorization',
    referral ? '2300 REF*9F' : '2300 REF*G1',
  );
}

/**
 * Box 11b: the property & casualty (auto, workers' comp) claim number, REF*Y4. 5010 sends it in 2010CA (the
 * patient) or 2010BA (the subscriber who is the patient); some files put it in 2300. An 837 has a place for it,
 * so a claim without one has an empty box 11b, which matters only when an accident box says yes.
 */
function addOtherClaimNumber(fields: ClaimFields, claim: X12Claim): void {
  const sent: Array<[string | null | undefined, string]> = [
    [claim.patient?.casualtyClaimNumber, '2010CA REF*Y4'],
    [claim.subscriber.casualtyClaimNumber, '2010BA REF*Y4'],
    [claim.refs.get('Y4'), '2300 REF*Y4'],
  ];
  const [value, at] = sent.find(([found]) => found) ?? ['', claim.patient ? '2010CA REF*Y4' : '2010BA REF*Y4'];
  fields.add('claim.otherClaimNumber', value ?? '', 'Property & casualty claim number (11b)', at);
}

/** CLM11 lists only the causes that apply, so a cause it does not list is a "No" in boxes 10a–10c. */
function addRelatedCauses(fields: ClaimFields, claim: X12Claim): void {
  const causes = claim.relatedCauses.slice(0, 3);
  const yesNo = (code: string) => (causes.includes(code) ? 'Yes' : 'No');
  fields.add('claim.employmentRelated', yesNo('EM'), 'Related causes: employment', '2300 CLM-11');
  fields.add('claim.autoAccident', yesNo('AA'), 'Related causes: auto accident', '2300 CLM-11');
  fields.add('claim.otherAccident', yesNo('OA'), 'Related causes: other accident', '2300 CLM-11');
  const state = claim.relatedCauses[3] ?? '';
  if (state) fields.add('claim.accidentState', state, 'Auto accident state', '2300 CLM-11-4');
}

/**
 * Box 21 A–L in HI order, each code as sent. Each code carries its own qualifier (ABK/ABF ICD-10, BK/BF ICD-9),
 * and box 21 has one indicator for all of them: it is 9 as soon as one code is ICD-9, so an ICD-9 code after an
 * ICD-10 principal diagnosis is reported through the indicator, not passed off as an ICD-10 claim.
 */
function addDiagnoses(fields: ClaimFields, claim: X12Claim): void {
  if (claim.diagnoses.length === 0) {
    fields.add('claim.diagnosis', '', 'Principal diagnosis', '2300 HI-01', 'A');
    fields.add('claim.icdIndicator', '', 'Diagnosis code set', '2300 HI-01-1');
    return;
  }
  claim.diagnoses.forEach((diagnosis, i) => {
    const letter = DIAGNOSIS_LETTERS[i]!;
    const icd10 = diagnosis.qualifier.startsWith('AB');
    const code = icd10 ? diagnosis.code : icd9Notation(diagnosis.code);
    // The qualifier says which code set the code is in: an ICD-9 code is judged as ICD-9, never read as ICD-10.
    fields.add('claim.diagnosis', code, `Diagnosis ${letter}`, `2300 HI ${diagnosis.qualifier} ${i + 1}`, letter, icd10 ? 'icd-10-cm' : 'icd-9-cm');
  });
  const icd9 = claim.diagnoses.findIndex((diagnosis) => !diagnosis.qualifier.startsWith('AB'));
  const qualifier = claim.diagnoses[icd9 === -1 ? 0 : icd9]!.qualifier;
  fields.add('claim.icdIndicator', icd9 === -1 ? '0' : '9', 'Diagnosis code set', `2300 HI ${qualifier}${icd9 > 0 ? ` ${icd9 + 1}` : ''}`);
}

/**
 * An ICD-9 code as ICD-9 writes it, where the 837's undotted form would pass for another ICD-10 code: an E code
 * (external cause) has four characters before its decimal, so "E8888" is ICD-9's E888.8, which an ICD-10 reading
 * would turn into E88.88. Every other code is kept as sent: "4779" cannot be taken for ICD-10, and V codes put
 * the decimal where ICD-10 does.
 */
function icd9Notation(code: string): string {
  const eCode = /^(E\d{3})(\d)$/i.exec(code);
  return eCode ? `${eCode[1]}.${eCode[2]}` : code;
}

/**
 * Box 17: the 2310A referring provider (DN), else 2310D supervising (DQ), else the first line's 2420E ordering
 * (DK) or 2420F referring provider. When the file names none, box 17 and 17b are empty slots, as on a CMS-1500
 * page with the box left blank: the checklist's rule says whether that matters (its fix text says when it may
 * stay empty), instead of the claim file getting "can't tell" where the page gets a verdict.
 */
function addReferring(fields: ClaimFields, claim: X12Claim): void {
  const found = referringProvider(claim);
  if (!found) {
    fields.add('referring.name', '', 'Referring provider', '2310A NM1*DN (absent)');
    fields.add('referring.npi', '', 'Referring provider NPI', '2310A NM1*DN (absent)');
    return;
  }
  fields.add('referring.name', fullName(found.name), 'Referring provider', `${found.at}-03`);
  fields.add('referring.npi', npiOf(found.name), 'Referring provider NPI', `${found.at}-09`);
  fields.add('referring.qualifier', found.qualifier, 'Referring provider qualifier', `${found.at}-01`);
}

function referringProvider(claim: X12Claim): { name: X12Name; qualifier: string; at: string } | null {
  const dn = claim.providers.get('DN');
  if (dn) return { name: dn, qualifier: 'DN', at: '2310A NM1*DN' };
  const dq = claim.providers.get('DQ');
  if (dq) return { name: dq, qualifier: 'DQ', at: '2310D NM1*DQ' };
  const ordering = claim.lines.findIndex((line) => line.ordering);
  if (ordering !== -1) return { name: claim.lines[ordering]!.ordering!, qualifier: 'DK', at: `2420E line ${ordering + 1} NM1*DK` };
  const referring = claim.lines.findIndex((line) => line.referring);
  if (referring !== -1) return { name: claim.lines[referring]!.referring!, qualifier: 'DN', at: `2420F line ${referring + 1} NM1*DN` };
  return null;
}

/** One box-24 row. Lines are numbered in claim order (LX01 usually agrees, but some files keep counting across claims). */
function addLine(fields: ClaimFields, claim: X12Claim, line: X12Line, n: number): void {
  const at = `2400 line ${n}`;
  const [code = '', ...modifiers] = line.procedure;
  fields.add('line.procedureCode', code, `Line ${n} procedure code`, `${at} SV1-01-2`, n);
  const given = modifiers.filter(Boolean);
  if (given.length > 0) fields.add('line.modifier', given.join(' '), `Line ${n} modifiers`, `${at} SV1-01-3`, n);
  fields.add('line.charges', line.charges, `Line ${n} charges`, `${at} SV1-02`, n);
  fields.add('line.units', line.quantity, `Line ${n} units`, `${at} SV1-04`, n);
  if (line.unitBasis === 'MJ') fields.add('line.minutes', line.quantity, `Line ${n} minutes`, `${at} SV1-04`, n);
  // SV105 is sent only when the line's place differs from the claim's CLM05-1.
  const ownPlace = line.placeOfService !== '';
  fields.add('line.placeOfService', ownPlace ? line.placeOfService : (claim.facility[0] ?? ''), `Line ${n} place of service`,
    ownPlace ? `${at} SV1-05` : '2300 CLM-05-1', n);
  fields.add('line.diagnosisPointer', line.pointers.join(' '), `Line ${n} diagnosis pointers`, `${at} SV1-07`, n);
  addServiceDates(fields, line, n);
  // 24J: the line's own rendering provider (2420A), else the claim's (2310B), which the 837 sends once for all
  // lines; with neither, the billing provider rendered the service and 24J is left empty, as on the paper form.
  const claimRendering = claim.providers.get('82');
  if (line.rendering) {
    fields.add('line.renderingNpi', npiOf(line.rendering), `Line ${n} rendering provider NPI`, `2420A line ${n} NM1*82-09`, n);
  } else {
    fields.add('line.renderingNpi', claimRendering ? npiOf(claimRendering) : '', `Line ${n} rendering provider NPI`,
      claimRendering ? '2310B NM1*82-09 (claim level)' : '2420A (absent; billing provider rendered)', n);
  }
}

/** DTP*472 is a single D8 date or an RD8 "from-to" range; a single date is both ends of the row. */
function addServiceDates(fields: ClaimFields, line: X12Line, n: number): void {
  const at = `2400 line ${n} DTP*472`;
  const sent = line.serviceDate;
  const [from = '', to = ''] = sent?.format === 'RD8' ? sent.value.split('-') : [sent?.value ?? ''];
  fields.add('line.dateFrom', isoDate(from), `Line ${n} service date from`, at, n);
  fields.add('line.dateTo', isoDate(to || from), `Line ${n} service date to`, at, n);
}

/** "Last, First" for a person, the organization name alone otherwise. */
function fullName(name: X12Name | null): string {
  if (!name) return '';
  return name.first ? `${name.last}, ${name.first}` : name.last;
}

/** NM109 is an NPI only when NM108 says XX; another id (a tax ID, a payer id) is not box 17b/24J. */
function npiOf(name: X12Name | null): string {
  return name?.idQualifier === 'XX' ? name.id : '';
}

/** CCYYMMDD -> YYYY-MM-DD; anything else is kept as sent, so the engine can say it is not a date. */
function isoDate(value: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim());
  return match ? `${match[1]}-${match[2]}-${match[3]}` : value;
}

/**
 * The 837P reader on public sample files (imsweb, oopfactory; kept in ../shared, not in this repo) and on small
 * 837P files built here to reach the cases those samples do not have. Expectations are what a biller reading
 * the file would see on a CMS-1500.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIcd10Cm } from '../../cli/load-icd10cm';
import type { ConceptKey } from '../../rules/concepts';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists/index';
import { evaluate } from '../../rules/engine';
import { snapshotSchema, type FieldIndex, type Snapshot } from '../../rules/schema';
import { selectChecklists } from '../../rules/select/select-checklists';
import { sharedFolder } from '../../test/support/shared-dir';
import { claimFile, isa, LINE_ONE, SUBSCRIBER, TILDE, x12 } from '../../test/support/x12-837p-builder';
import { looksLikeX12, readX12_837P } from './x12-837p';

const realSamples = sharedFolder('fixtures/real/claims/x12', 'x12-837p.test');
const REAL = realSamples.path;
const TAKEN_AT = '2026-11-23T12:00:00.000Z';

function readReal(name: string): Snapshot[] {
  return readX12_837P(readFileSync(join(REAL, name), 'utf8'), `file:///${name}`, TAKEN_AT);
}

/** The value of one field, undefined when the snapshot has no field of that concept and index. */
function valueOf(snapshot: Snapshot, concept: ConceptKey, index: FieldIndex = null): string | undefined {
  return snapshot.fields.find((field) => field.concept === concept && field.index === index)?.value;
}

function valuesOf(snapshot: Snapshot, concept: ConceptKey): Array<[FieldIndex, string]> {
  return snapshot.fields.filter((field) => field.concept === concept).map((field) => [field.index, field.value]);
}

function lineCount(snapshot: Snapshot): number {
  return snapshot.fields.filter((field) => field.concept === 'line.procedureCode').length;
}

function readOne(text: string): Snapshot {
  const snapshots = readX12_837P(text, 'file:///claim.837', TAKEN_AT);
  expect(snapshots).toHaveLength(1);
  return snapshots[0]!;
}

// ---------------------------------------------------------------------------------------------------------------

describe.skipIf(!realSamples.present)('readX12_837P on public 837P sample files', () => {
  it.each([
    ['imsweb-837_5010-x12_complex.txt', [2, 1, 2, 2, 1, 2]],
    ['imsweb-837_5010-x12_missing_elements.txt', [1, 1]],
    ['imsweb-837_5010-x12_valid.txt', [1, 1]],
    ['oopfactory-837P-_5010-Example1_HealthInsurance.txt', [4]],
    ['oopfactory-837P-_5010-Example2_Encounter.txt', [4]],
    ['oopfactory-837P-_5010-Example3_COB.txt', [3]],
  ])('%s: one snapshot per CLM, with its service lines, valid and with an empty box 23', (name, lines) => {
    const snapshots = readReal(name);
    expect(snapshots.map(lineCount)).toEqual(lines);
    snapshots.forEach((snapshot, i) => {
      // Each claim is named by its CLM01 patient control number, the id the biller searches for, and its place.
      expect(snapshot.title).toBe(`X12 837P claim ${valueOf(snapshot, 'patient.accountNumber')} (${i + 1} of ${lines.length})`);
      expect(snapshotSchema.safeParse(snapshot).success).toBe(true);
      // None of these samples has a REF*G1 or REF*9F: the box-23 slot is there, and empty.
      expect(valueOf(snapshot, 'claim.priorAuthNumber')).toBe('');
      // Nothing an 837 cannot carry is claimed.
      expect(snapshot.fields.some((field) => field.concept.startsWith('doc.'))).toBe(false);
    });
  });

  it('Example3 (COB): four ICD-9 diagnoses A–D, pointers per line, the 2000C patient, other payer not mixed in', () => {
    const [claim] = readReal('oopfactory-837P-_5010-Example3_COB.txt');
    expect(valuesOf(claim!, 'claim.diagnosis')).toEqual([['A', '4779'], ['B', '2724'], ['C', '2780'], ['D', '53081']]);
    expect(valueOf(claim!, 'claim.icdIndicator')).toBe('9');
    expect(valuesOf(claim!, 'line.diagnosisPointer')).toEqual([[1, '1 2 3 4'], [2, '1 2'], [3, '1 2']]);
    expect(valuesOf(claim!, 'line.procedureCode')).toEqual([[1, '99213'], [2, '90782'], [3, 'J3301']]);
    expect(valuesOf(claim!, 'line.dateFrom')).toEqual([[1, '2005-10-03'], [2, '2005-10-03'], [3, '2005-10-03']]);
    // Patient Ted (2010CA), insured through subscriber Jane's member ID (2010BA), not the 2330A other subscriber.
    expect(valueOf(claim!, 'patient.name')).toBe('SMITH, TED');
    expect(valueOf(claim!, 'patient.dob')).toBe('1973-05-01');
    expect(valueOf(claim!, 'patient.memberId')).toBe('111223333');
    expect(valueOf(claim!, 'provider.name')).toBe('KILDARE, BEN');
    expect(valueOf(claim!, 'provider.taxId')).toBe('123456789');
    // CLM05-1 gives the place of service for lines without SV105.
    expect(valuesOf(claim!, 'line.placeOfService').map(([, value]) => value)).toEqual(['11', '11', '11']);
    expect(valueOf(claim!, 'referring.name')).toBe('');
  });

  it('Example1: an RD8 range gives both ends of the line; the 2000C patient overrides the subscriber', () => {
    const [claim] = readReal('oopfactory-837P-_5010-Example1_HealthInsurance.txt');
    expect(valueOf(claim!, 'line.dateFrom', 4)).toBe('2006-10-10');
    expect(valueOf(claim!, 'line.dateTo', 4)).toBe('2006-10-25');
    expect(valueOf(claim!, 'line.dateTo', 1)).toBe('2006-10-03');
    expect(valueOf(claim!, 'patient.name')).toBe('SMITH, TED');
    expect(valueOf(claim!, 'patient.sex')).toBe('M');
    expect(valueOf(claim!, 'patient.memberId')).toBe('JS00111223333');
    expect(valueOf(claim!, 'insured.groupNumber')).toBe('2222-SJ');
    expect(valueOf(claim!, 'claim.diagnosis', 'B')).toBe('V7389');
  });

  it('Example2: DTP*431 is the onset date; with no 2000C the subscriber is the patient', () => {
    const [claim] = readReal('oopfactory-837P-_5010-Example2_Encounter.txt');
    expect(valueOf(claim!, 'claim.onsetDate')).toBe('1998-10-03');
    expect(valueOf(claim!, 'patient.name')).toBe('SMITH, TED');
    expect(valueOf(claim!, 'patient.dob')).toBe('1943-05-01');
    expect(valueOf(claim!, 'payer.name')).toBe('ALLIANCE HEALTH AND LIFE INSURANCE');
  });

  it('imsweb complex: 2320/2330 loops do not overwrite the claim; first 2310A wins; split HI elements paired', () => {
    const snapshots = readReal('imsweb-837_5010-x12_complex.txt');
    const [first, second] = snapshots;
    expect(valueOf(first!, 'payer.name')).toBe('HEALTH INSURANCE COMPANY');
    expect(valueOf(first!, 'patient.memberId')).toBe('123456');
    expect(valueOf(first!, 'referring.name')).toBe('WELBY, MARCUS');
    expect(valueOf(first!, 'referring.qualifier')).toBe('DN');
    // "HI*BK*8901*BF*87200*BF:5559" writes qualifier and code as separate elements.
    expect(valuesOf(first!, 'claim.diagnosis')).toEqual([['A', '8901'], ['B', '87200'], ['C', '5559']]);
    expect(valueOf(first!, 'line.modifier', 1)).toBe('25');
    // Box 33a is the 2010AA billing provider's NPI, though a 2310B rendering provider is there (its id is not an NPI).
    expect(valueOf(first!, 'provider.npi')).toBe('1234567890');
    expect(valueOf(first!, 'provider.name')).toMatch(/^2310B1/);
    // Lines numbered per claim, though LX keeps counting (LX*3) across claims.
    expect(valueOf(second!, 'line.procedureCode', 1)).toBe('478331');
    expect(valueOf(second!, 'line.renderingNpi', 1)).toBe('303304');
    expect(valueOf(second!, 'patient.name')).toBe('JONES, STEVEN');
    expect(valueOf(second!, 'provider.name')).toBe('MEDICAL GROUP');
    expect(valueOf(second!, 'line.dateFrom', 1)).toBe('2016-03-24');
  });

  it('imsweb missing elements: an empty CLM05 still takes the line place of service from SV105', () => {
    const [, second] = readReal('imsweb-837_5010-x12_missing_elements.txt');
    expect(valueOf(second!, 'line.placeOfService', 1)).toBe('11');
    expect(valueOf(second!, 'line.dateFrom', 1)).toBe('2005-03-22');
    expect(valueOf(second!, 'line.dateTo', 1)).toBe('2005-03-25');
  });

  it('puts no patient value in any title, label or path; the title names the claim by its CLM01 alone', () => {
    const snapshots = readReal('oopfactory-837P-_5010-Example3_COB.txt');
    for (const snapshot of snapshots) {
      expect(snapshot.title).toBe('X12 837P claim 26407789 (1 of 1)');
      const places = [snapshot.title, ...snapshot.fields.flatMap((field) => [field.label, pathOf(snapshot, field.key)])];
      for (const secret of ['SMITH', 'TED', '111223333', '19730501', '1973-05-01', '4779']) {
        expect(places.filter((place) => place.includes(secret))).toEqual([]);
      }
      const labelsAndPaths = places.slice(1);
      expect(labelsAndPaths.filter((place) => place.includes('26407789'))).toEqual([]);
    }
  });

  it('the engine runs on a real file: box 21 ICD-9 codes are gaps, the empty box 23 a question, pointers and member ID pass', async () => {
    const [claim] = readReal('oopfactory-837P-_5010-Example3_COB.txt');
    const { checklists } = selectChecklists(claim!, BUNDLED_CHECKLISTS);
    expect(checklists.map((checklist) => checklist.id)).toContain('cms1500-basics');
    const findings = evaluate(claim!, checklists, { icd10cm: await loadIcd10Cm() })
      .filter((finding) => finding.checklistId === 'cms1500-basics');
    const status = (ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.status);
    expect(status('icd-indicator')).toEqual(['fail']);
    // 4779, 2724, 2780, 53081 are ICD-9 codes, none of them an ICD-10-CM code.
    expect(status('diagnosis-codes')).toEqual(['fail', 'fail', 'fail', 'fail']);
    expect(status('prior-auth-number')).toEqual(['cantTell']);
    // No referring provider (2310A) and nothing else showing a referral: box 17 and 17b do not apply.
    expect(status('referring-provider-name')).toEqual(['notApplicable']);
    expect(status('diagnosis-pointers')).toEqual(['pass', 'pass', 'pass']);
    expect(status('member-id')).toEqual(['pass']);
    expect(status('line-dates')).not.toContain('fail');
    const priorAuth = findings.find((finding) => finding.ruleId === 'prior-auth-number')!;
    expect(claim!.fields.find((field) => field.key === priorAuth.fieldKey)?.concept).toBe('claim.priorAuthNumber');
  });
});

describe('readX12_837P on built 837P files', () => {
  it('gives every line without its own 2420A the claim\'s 2310B rendering provider NPI (24J)', () => {
    const claim = readOne(claimFile({
      claim: ['HI*ABK:M5450', 'NM1*82*1*CLAIM*RENDER****XX*1497758544'],
      lines: [['LX*1', 'SV1*HC:97140*75*UN*2***1'], ['LX*2', 'SV1*HC:97110*40*UN*1***1', 'NM1*82*1*LINE*OWN****XX*1234567893']],
    }));
    expect(valuesOf(claim, 'line.renderingNpi')).toEqual([[1, '1497758544'], [2, '1234567893']]);
    // The billing provider's NPI (33a) stays readable beside the rendering one, so both are checked.
    expect(valueOf(claim, 'provider.npi')).toBe('1234567893');
  });

  it('reads a one-line file with ~ terminators: ICD-10 ABK/ABF, indicator 0, and every box slot', () => {
    const claim = readOne(claimFile());
    expect(valuesOf(claim, 'claim.diagnosis')).toEqual([['A', 'M5450'], ['B', 'M6283']]);
    expect(valueOf(claim, 'claim.icdIndicator')).toBe('0');
    expect(valueOf(claim, 'patient.name')).toBe('ROE, RICHARD');
    expect(valueOf(claim, 'patient.dob')).toBe('1980-02-15');
    expect(valueOf(claim, 'patient.memberId')).toBe('MEMBERXYZ9');
    expect(valueOf(claim, 'patient.accountNumber')).toBe('ACCT42');
    expect(valueOf(claim, 'insured.groupNumber')).toBe('GRP77');
    expect(valueOf(claim, 'provider.name')).toBe('BILLING CLINIC');
    expect(valueOf(claim, 'provider.npi')).toBe('1234567893');
    expect(valueOf(claim, 'provider.taxId')).toBe('999887777');
    expect(valueOf(claim, 'line.procedureCode', 1)).toBe('97140');
    expect(valueOf(claim, 'line.modifier', 1)).toBe('GP');
    expect(valueOf(claim, 'line.charges', 1)).toBe('75');
    expect(valueOf(claim, 'line.units', 1)).toBe('2');
    expect(valueOf(claim, 'line.minutes', 1)).toBeUndefined();
    expect(valueOf(claim, 'line.diagnosisPointer', 1)).toBe('1 2');
    expect(valueOf(claim, 'line.dateFrom', 1)).toBe('2026-01-10');
    expect(valueOf(claim, 'line.dateTo', 1)).toBe('2026-01-10');
    // No 2420A and no 2310B: the billing provider rendered the service, 24J is left empty as on the paper form.
    expect(valueOf(claim, 'line.renderingNpi', 1)).toBe('');
    // The empty slots a biller must see as gaps; boxes an original claim without a referral leaves out are absent.
    expect(valueOf(claim, 'claim.priorAuthNumber')).toBe('');
    expect(valueOf(claim, 'claim.onsetDate')).toBe('');
    expect(valuesOf(claim, 'claim.employmentRelated')).toEqual([[null, 'No']]);
    expect(valueOf(claim, 'claim.autoAccident')).toBe('No');
    expect(valueOf(claim, 'claim.otherAccident')).toBe('No');
    expect(valueOf(claim, 'claim.accidentState')).toBeUndefined();
    expect(valueOf(claim, 'claim.resubmissionCode')).toBeUndefined();
    expect(valueOf(claim, 'referring.name')).toBe('');
    expect(snapshotSchema.safeParse(claim).success).toBe(true);
  });

  it.each([
    ['one segment per line (\\n)', { ...TILDE, after: '\n' }],
    ['CRLF line breaks and a BOM-free indent', { ...TILDE, after: '\r\n  ' }],
    ["'|' elements, '>' components, '\\n' as the terminator", { element: '|', component: '>', terminator: '\n', after: '' }],
    ["'+' elements, '<' components, \"'\" terminators on their own lines", { element: '+', component: '<', terminator: "'", after: '\n' }],
  ])('reads the same claim with %s', (_, sep) => {
    const claim = readOne(claimFile({}, sep));
    const oneLine = readOne(claimFile());
    expect(claim.fields.map((field) => [field.concept, field.index, field.value]))
      .toEqual(oneLine.fields.map((field) => [field.concept, field.index, field.value]));
    expect(valueOf(claim, 'line.diagnosisPointer', 1)).toBe('1 2');
    expect(valueOf(claim, 'line.modifier', 1)).toBe('GP');
  });

  it('reads a file that starts with a BOM and blank lines', () => {
    expect(readOne(`\uFEFF\n\n${claimFile()}`).fields.length).toBeGreaterThan(0);
    expect(looksLikeX12(`\uFEFF  \r\n${claimFile()}`)).toBe(true);
    expect(looksLikeX12('<html>ISA</html>')).toBe(false);
    expect(looksLikeX12('{"resourceType":"Claim"}')).toBe(false);
  });

  it('box 23: REF*G1 is the prior authorization; REF*9F the fallback; G1 wins over 9F', () => {
    const withG1 = readOne(claimFile({ claim: ['REF*9F*REFERRAL7', 'REF*G1*AUTH12345', 'HI*ABK:M5450'] }));
    expect(valueOf(withG1, 'claim.priorAuthNumber')).toBe('AUTH12345');
    const referralOnly = readOne(claimFile({ claim: ['REF*9F*REFERRAL7', 'HI*ABK:M5450'] }));
    expect(valueOf(referralOnly, 'claim.priorAuthNumber')).toBe('REFERRAL7');
    expect(pathOf(referralOnly, referralOnly.fields.find((field) => field.concept === 'claim.priorAuthNumber')?.key))
      .toBe('claim 1 / 2300 REF*9F');
    expect(valuesOf(withG1, 'claim.priorAuthNumber')).toHaveLength(1);
  });

  it("reads the states of the service facility (2310C), the payer and the patient, for state-scoped rules", () => {
    const subscriber = ['SBR*P*18*GRP77******WC', 'NM1*IL*1*ROE*RICHARD****MI*MEMBERXYZ9', 'N3*1 MAIN ST', 'N4*PORTLAND*OR*97201',
      'DMG*D8*19800215*M', 'NM1*PR*2*EXAMPLE COMP FUND*****PI*P1', 'N3*PO BOX 1', 'N4*OLYMPIA*WA*98504'];
    const claim = readOne(claimFile({ subscriber, clm: 'CLM*ACCT42*150***11:B:1*Y*A*Y*Y**EM', claim: ['HI*ABK:S39012D', 'NM1*77*2*EXAMPLE CLINIC*****XX*1234567893', 'N3*1200 EXAMPLE AVE S', 'N4*VANCOUVER*WA*98660'] }));
    expect(valueOf(claim, 'facility.state')).toBe('WA');
    expect(valueOf(claim, 'payer.state')).toBe('WA');
    expect(valueOf(claim, 'patient.state')).toBe('OR');
    expect(pathOf(claim, claim.fields.find((field) => field.concept === 'facility.state')?.key)).toBe('claim 1 / 2310C N4-02');
    // A state the file does not send is left out, not an empty field: it is no gap of the claim.
    const plain = readOne(claimFile());
    expect(['facility.state', 'payer.state', 'patient.state'].map((concept) => valueOf(plain, concept as ConceptKey))).toEqual([undefined, undefined, undefined]);
  });

  it('CLM11 AA with a state answers 10b yes with the state; EM and OA stay no', () => {
    const claim = readOne(claimFile({ clm: 'CLM*ACCT42*150***11:B:1*Y*A*Y*Y**AA:::WA', claim: ['DTP*439*D8*20251230', 'HI*ABK:S134XXA'] }));
    expect(valueOf(claim, 'claim.autoAccident')).toBe('Yes');
    expect(valueOf(claim, 'claim.accidentState')).toBe('WA');
    expect(valueOf(claim, 'claim.employmentRelated')).toBe('No');
    expect(valueOf(claim, 'claim.otherAccident')).toBe('No');
    expect(valueOf(claim, 'claim.otherDate')).toBe('2025-12-30');
  });

  it('CLM05-3 frequency 7 (replacement) is box 22; a line SV105 wins over CLM05-1', () => {
    const claim = readOne(claimFile({
      clm: 'CLM*ACCT42*150***11:B:7*Y*A*Y*Y',
      lines: [['LX*1', 'SV1*HC:97110*40*UN*1*22**1', 'DTP*472*D8*20260110'], ['LX*2', 'SV1*HC:97112*40*UN*1***1', 'DTP*472*D8*20260110']],
    }));
    expect(valueOf(claim, 'claim.resubmissionCode')).toBe('7');
    expect(valueOf(claim, 'line.placeOfService', 1)).toBe('22');
    expect(valueOf(claim, 'line.placeOfService', 2)).toBe('11');
  });

  it('an RD8 range, MJ minutes, a line with no pointer or date, and a 2420A rendering NPI', () => {
    const claim = readOne(claimFile({
      lines: [
        ['LX*1', 'SV1*HC:90837:95:GT*200*MJ*53***1', 'DTP*472*RD8*20260105-20260109', 'NM1*82*1*LINE*RENDER****XX*1497758544'],
        ['LX*2', 'SV1*HC:97110*40*UN*1'],
      ],
    }));
    expect(valueOf(claim, 'line.dateFrom', 1)).toBe('2026-01-05');
    expect(valueOf(claim, 'line.dateTo', 1)).toBe('2026-01-09');
    expect(valueOf(claim, 'line.units', 1)).toBe('53');
    expect(valueOf(claim, 'line.minutes', 1)).toBe('53');
    expect(valueOf(claim, 'line.modifier', 1)).toBe('95 GT');
    expect(valueOf(claim, 'line.renderingNpi', 1)).toBe('1497758544');
    expect(valueOf(claim, 'line.diagnosisPointer', 2)).toBe('');
    expect(valueOf(claim, 'line.dateFrom', 2)).toBe('');
    expect(valueOf(claim, 'line.modifier', 2)).toBeUndefined();
  });

  it('the 2000C patient overrides the subscriber name, birth date and sex; the member ID stays the subscriber’s', () => {
    const claim = readOne(claimFile({ patient: ['PAT*19', 'NM1*QC*1*ROE*LILY', 'DMG*D8*20150704*F'] }));
    expect(valueOf(claim, 'patient.name')).toBe('ROE, LILY');
    expect(valueOf(claim, 'patient.firstName')).toBe('LILY');
    expect(valueOf(claim, 'patient.dob')).toBe('2015-07-04');
    expect(valueOf(claim, 'patient.sex')).toBe('F');
    expect(valueOf(claim, 'patient.memberId')).toBe('MEMBERXYZ9');
  });

  it('box 17: 2310A DN first; else 2310D DQ; else a line 2420E DK ordering provider', () => {
    const dn = readOne(claimFile({ claim: ['HI*ABK:M5450', 'NM1*DQ*1*SUPER*VISOR****XX*1111111112', 'NM1*DN*1*WELL*MARCUS****XX*1245319599'] }));
    expect([valueOf(dn, 'referring.name'), valueOf(dn, 'referring.npi'), valueOf(dn, 'referring.qualifier')])
      .toEqual(['WELL, MARCUS', '1245319599', 'DN']);
    const dq = readOne(claimFile({ claim: ['HI*ABK:M5450', 'NM1*DQ*1*SUPER*VISOR****XX*1111111112'] }));
    expect(valueOf(dq, 'referring.qualifier')).toBe('DQ');
    const dk = readOne(claimFile({ lines: [[...LINE_ONE, 'NM1*DK*1*ORDER*ING****XX*1588667638']] }));
    expect([valueOf(dk, 'referring.name'), valueOf(dk, 'referring.qualifier')]).toEqual(['ORDER, ING', 'DK']);
    const lineDn = readOne(claimFile({ lines: [LINE_ONE, [...LINE_ONE, 'NM1*DN*1*LINE*REFER****XX*1588667638']] }));
    expect([valueOf(lineDn, 'referring.name'), valueOf(lineDn, 'referring.qualifier')]).toEqual(['LINE, REFER', 'DN']);
    // A referring provider identified by something other than an NPI leaves 17b as a gap.
    const noNpi = readOne(claimFile({ claim: ['HI*ABK:M5450', 'NM1*DN*1*WELL*MARCUS'] }));
    expect(valueOf(noNpi, 'referring.npi')).toBe('');
  });

  it('a 2320/2330 other-subscriber loop does not replace the subscriber, payer or providers of the claim', () => {
    const claim = readOne(claimFile({
      claim: ['HI*ABK:M5450', 'SBR*S*01*OTHERGRP******CI', 'OI***Y*P**Y', 'NM1*IL*1*OTHER*PERSON****MI*OTHERID1',
        'DMG*D8*19500101*F', 'NM1*PR*2*OTHER PAYER*****PI*P2', 'NM1*DN*1', 'NM1*82*1', 'REF*G1*NOTBOX23'],
    }));
    expect(valueOf(claim, 'patient.memberId')).toBe('MEMBERXYZ9');
    expect(valueOf(claim, 'patient.dob')).toBe('1980-02-15');
    expect(valueOf(claim, 'payer.name')).toBe('ACME HEALTH');
    expect(valueOf(claim, 'insured.groupNumber')).toBe('GRP77');
    expect(valueOf(claim, 'provider.name')).toBe('BILLING CLINIC');
    expect(valueOf(claim, 'referring.name')).toBe('');
    expect(valueOf(claim, 'claim.priorAuthNumber')).toBe('');
    expect(valueOf(claim, 'line.procedureCode', 1)).toBe('97140');
  });

  it('no HI at all leaves diagnosis A and the indicator as empty slots', () => {
    const claim = readOne(claimFile({ claim: [] }));
    expect(valuesOf(claim, 'claim.diagnosis')).toEqual([['A', '']]);
    expect(valueOf(claim, 'claim.icdIndicator')).toBe('');
  });

  it('takes at most 12 diagnoses and skips HI segments that are not diagnoses', () => {
    const codes = Array.from({ length: 13 }, (_, i) => `ABF:M54${String(i).padStart(2, '0')}`);
    const claim = readOne(claimFile({ claim: ['HI*BG:01', `HI*ABK:M5450*${codes.slice(0, 11).join('*')}`, `HI*${codes.slice(11).join('*')}`] }));
    const letters = valuesOf(claim, 'claim.diagnosis').map(([letter]) => letter);
    expect(letters).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L']);
  });

  it('one snapshot per CLM across subscribers, with claim numbers in titles and paths', () => {
    const text = claimFile({
      lines: [LINE_ONE, ['CLM*ACCT43*90***11:B:1*Y*A*Y*Y', 'HI*ABK:M5451', 'LX*1', 'SV1*HC:97530*90*UN*2***1', 'DTP*472*D8*20260111']],
    });
    const snapshots = readX12_837P(text, 'file:///two.837', TAKEN_AT);
    expect(snapshots.map((snapshot) => snapshot.title)).toEqual(['X12 837P claim ACCT42 (1 of 2)', 'X12 837P claim ACCT43 (2 of 2)']);
    expect(valueOf(snapshots[1]!, 'patient.accountNumber')).toBe('ACCT43');
    expect(valueOf(snapshots[1]!, 'line.procedureCode', 1)).toBe('97530');
    expect(snapshots[1]!.fields.every((field) => pathOf(snapshots[1]!, field.key).startsWith('claim 2 / '))).toBe(true);
    expect(snapshots[0]!.takenAt).toBe(TAKEN_AT);
  });

  it('puts no value from the file in a title, label or path, but the CLM01 that names the claim in its title', () => {
    const claim = readOne(claimFile({
      clm: 'CLM*ACCT42*150***11:B:1*Y*A*Y*Y**AA:::WA',
      patient: ['PAT*19', 'NM1*QC*1*ROE*LILY', 'DMG*D8*20150704*F'],
      claim: ['REF*G1*AUTH12345', 'DTP*431*D8*20251230', 'HI*ABK:M5450', 'NM1*DN*1*WELL*MARCUS****XX*1245319599'],
    }));
    expect(claim.title).toBe('X12 837P claim ACCT42 (1 of 1)');
    const labelsAndPaths = claim.fields.flatMap((field) => [field.label, pathOf(claim, field.key)]);
    expect(labelsAndPaths.filter((place) => place.includes('ACCT42'))).toEqual([]);
    const places = [claim.title, ...labelsAndPaths];
    for (const secret of ['ROE', 'LILY', 'RICHARD', 'MEMBERXYZ9', 'AUTH12345', 'M5450', 'WELL', '1245319599', '20150704',
      '2015-07-04', 'GRP77', 'ACME', '999887777', '97140', '1980-02-15']) {
      expect(places.filter((place) => place.includes(secret))).toEqual([]);
    }
  });

  it('ignores service lines beyond 999', () => {
    const lines = Array.from({ length: 1001 }, (_, i) => [`LX*${i + 1}`, 'SV1*HC:97110*40*UN*1***1', 'DTP*472*D8*20260110']);
    const claim = readOne(claimFile({ lines }));
    expect(lineCount(claim)).toBe(999);
    expect(snapshotSchema.safeParse(claim).success).toBe(true);
  });

  it('reads a large batch whole: 100 claims of 500 lines on one line (~3 MB)', () => {
    const lines = Array.from({ length: 500 }, (_, i) => [`LX*${i + 1}`, 'SV1*HC:97110*40*UN*1***1', 'DTP*472*D8*20260110']);
    const oneClaim = claimFile({ lines });
    const claimPart = oneClaim.slice(oneClaim.indexOf('CLM*'), oneClaim.indexOf('SE*'));
    // Speed is measured by `npm run bench`, not asserted here.
    const big = oneClaim.replace(claimPart, claimPart.repeat(100));
    const snapshots = readX12_837P(big, 'file:///big.837', TAKEN_AT);
    expect(snapshots).toHaveLength(100);
    expect(lineCount(snapshots[99]!)).toBe(500);
  }, 30_000); // A generous limit only so a busy machine does not fail it; the speed is the bench's to judge.
});

describe('readX12_837P on 837P files as billers really have them', () => {
  function findingsOf(claim: Snapshot, ruleId: string) {
    const { checklists } = selectChecklists(claim, BUNDLED_CHECKLISTS);
    return evaluate(claim, checklists, {}).filter((finding) => finding.checklistId === 'cms1500-basics' && finding.ruleId === ruleId);
  }

  it('HI: each code keeps its own qualifier and is kept as sent; one ICD-9 (BF) code makes the indicator 9', () => {
    const mixed = readOne(claimFile({ claim: ['HI*ABK:S0990XA*BF:E8888*ABF:M5450'] }));
    // E8888 is ICD-9's E888.8 (fall): written as ICD-9 writes it, never read as an ICD-10 E88.88.
    expect(valuesOf(mixed, 'claim.diagnosis')).toEqual([['A', 'S0990XA'], ['B', 'E888.8'], ['C', 'M5450']]);
    expect(valueOf(mixed, 'claim.icdIndicator')).toBe('9');
    const indicator = mixed.fields.find((field) => field.concept === 'claim.icdIndicator')!;
    expect(pathOf(mixed, indicator.key)).toBe('claim 1 / 2300 HI BF 2');
    // The biller is told the claim carries ICD-9 codes, in one finding on the indicator.
    const [finding] = findingsOf(mixed, 'icd-indicator');
    expect(finding?.status).toBe('fail');
    expect(finding?.message).toMatch(/ICD-9/);
    const diagnosisB = findingsOf(mixed, 'diagnosis-codes').find((found) => found.fieldKey === mixed.fields.find((field) => field.index === 'B')?.key);
    expect(diagnosisB?.status).toBe('fail');
    expect(diagnosisB?.message).toContain("'E888.8'");
    expect(diagnosisB?.message).not.toContain('E88.88');
  });

  it('HI: ICD-9 codes written with their decimal ("E888.8") or without ("4779", "V7389") stay as written', () => {
    const icd9 = readOne(claimFile({ claim: ['HI*BK:4779*BF:E888.8*BF:V7389*BF:E888'] }));
    expect(valuesOf(icd9, 'claim.diagnosis')).toEqual([['A', '4779'], ['B', 'E888.8'], ['C', 'V7389'], ['D', 'E888']]);
    expect(valueOf(icd9, 'claim.icdIndicator')).toBe('9');
    const icd10 = readOne(claimFile({ claim: ['HI*ABK:M5450*ABF:M6283'] }));
    expect(valueOf(icd10, 'claim.icdIndicator')).toBe('0');
  });

  it('a 004010X098A1 file is read, with one notice for the file however many segments name the version', () => {
    const notices: string[] = [];
    const snapshots = readX12_837P(claimFile({ version: '004010X098A1' }), 'file:///old.837', TAKEN_AT, notices);
    expect(notices).toEqual(['ClaimLint reads 5010 (005010X222A1); this file is 004010X098A1 — read with that caveat']);
    expect(valueOf(snapshots[0]!, 'line.procedureCode', 1)).toBe('97140');
    expect(valueOf(snapshots[0]!, 'patient.memberId')).toBe('MEMBERXYZ9');
    // A 5010 file has nothing to say; a version that is not shaped like one is not quoted back.
    const quiet: string[] = [];
    readX12_837P(claimFile(), 'file:///new.837', TAKEN_AT, quiet);
    expect(quiet).toEqual([]);
    const odd: string[] = [];
    readX12_837P(claimFile({ version: 'ROE RICHARD' }), 'file:///odd.837', TAKEN_AT, odd);
    expect(odd).toEqual(['ClaimLint reads 5010 (005010X222A1); this file is another version — read with that caveat']);
  });

  it('box 11b: REF*Y4 of the 2010CA patient, else the 2010BA subscriber, else 2300; an empty slot without one', () => {
    const patient = readOne(claimFile({
      clm: 'CLM*ACCT42*150***11:B:1*Y*A*Y*Y**AA:::WA',
      patient: ['PAT*19', 'NM1*QC*1*ROE*LILY', 'N3*1 MAIN ST', 'N4*SEATTLE*WA*98101', 'DMG*D8*20150704*F', 'REF*Y4*PC2026-0042'],
      claim: ['DTP*439*D8*20251230', 'HI*ABK:S134XXA'],
    }));
    expect(valueOf(patient, 'claim.otherClaimNumber')).toBe('PC2026-0042');
    expect(pathOf(patient, patient.fields.find((field) => field.concept === 'claim.otherClaimNumber')?.key)).toBe('claim 1 / 2010CA REF*Y4');
    expect(findingsOf(patient, 'accident-claim-number').map((finding) => finding.status)).toEqual(['pass']);

    const subscriber = readOne(claimFile({ subscriber: [...SUBSCRIBER.slice(0, 3), 'REF*Y4*WC777', SUBSCRIBER[3]!] }));
    expect(valueOf(subscriber, 'claim.otherClaimNumber')).toBe('WC777');
    const claimLevel = readOne(claimFile({ claim: ['REF*Y4*PC9', 'HI*ABK:M5450'] }));
    expect(valueOf(claimLevel, 'claim.otherClaimNumber')).toBe('PC9');

    // An auto accident claim without REF*Y4 is missing box 11b: a gap, not a "can't tell".
    const missing = readOne(claimFile({ clm: 'CLM*ACCT42*150***11:B:1*Y*A*Y*Y**AA:::WA', claim: ['DTP*439*D8*20251230', 'HI*ABK:S134XXA'] }));
    expect(valueOf(missing, 'claim.otherClaimNumber')).toBe('');
    expect(findingsOf(missing, 'accident-claim-number').map((finding) => finding.status)).toEqual(['fail']);
  });

  it('REF*Y4 of another loop (a 2330A other subscriber) is not box 11b', () => {
    const claim = readOne(claimFile({ claim: ['HI*ABK:M5450', 'SBR*S*01*OTHERGRP******CI', 'NM1*IL*1*OTHER*PERSON****MI*OTHERID1', 'REF*Y4*NOTOURS'] }));
    expect(valueOf(claim, 'claim.otherClaimNumber')).toBe('');
  });

  it('an ISA not padded to its fixed width reads like a padded one', () => {
    const padded = claimFile();
    const unpadded = padded.replace(/^ISA[^~]*~/, 'ISA*00**00**ZZ*SUBMITTER*ZZ*RECEIVER*260101*1200*^*00501*1*0*T*:~');
    expect(unpadded.indexOf('~')).toBeLessThan(80);
    expect(readOne(unpadded).fields.map((field) => [field.concept, field.index, field.value]))
      .toEqual(readOne(padded).fields.map((field) => [field.concept, field.index, field.value]));
    const pipes = claimFile({}, { element: '|', component: '>', terminator: '\n', after: '' })
      .replace(/^ISA[^\n]*\n/, 'ISA|00||00||ZZ|S|ZZ|R|260101|1200|^|00501|1|0|T|>\n');
    expect(valueOf(readOne(pipes), 'line.modifier', 1)).toBe('GP');
  });

  it('an ISA16 that disagrees with the segments is said once, and the components are read with what the segments use', () => {
    const good = claimFile({ lines: [LINE_ONE, ['LX*2', 'SV1*HC:97110:GP*40*UN*1***1', 'DTP*472*D8*20260110']] });
    const mismatched = good.replace(/:~/, '>~'); // the first ':~' ends the ISA: ISA16 now says '>'
    expect(mismatched.slice(0, 110)).toContain('*T*>~');
    const notices: string[] = [];
    const [claim] = readX12_837P(mismatched, 'file:///mismatch.837', TAKEN_AT, notices);
    expect(notices).toEqual(["This file's ISA16 declares '>' as the component separator, but its segments use ':'; ClaimLint read the components with ':'"]);
    expect(claim!.fields.map((field) => [field.concept, field.index, field.value]))
      .toEqual(readOne(good).fields.map((field) => [field.concept, field.index, field.value]));
    // Without the correction every code would be lost: "HC:97140:GP" is not a procedure code.
    expect(valuesOf(claim!, 'line.procedureCode')).toEqual([[1, '97140'], [2, '97110']]);
    expect(valueOf(claim!, 'claim.diagnosis', 'A')).toBe('M5450');
  });

  it('imsweb-style HI elements with no composite do not decide the separator', () => {
    const notices: string[] = [];
    const [claim] = readX12_837P(claimFile({ clm: 'CLM*ACCT42*150', claim: ['HI*BK*8901*BF*87200'] }), 'file:///x.837', TAKEN_AT, notices);
    expect(notices).toEqual([]);
    expect(valuesOf(claim!, 'claim.diagnosis')).toEqual([['A', '8901'], ['B', '87200']]);
    expect(valueOf(claim!, 'line.procedureCode', 1)).toBe('97140');
  });
});

describe('readX12_837P rejects what it cannot read, in one line', () => {
  it.each([
    ['garbage', 'hello, this is not a claim', /not an X12 file/i],
    ['an empty file', '', /not an X12 file/i],
    ['an ISA cut short', 'ISA*00*          *00*', /cut short/],
    ['an ISA without its 16 elements', `ISA*00*${' '.repeat(600)}~`, /does not have its 16 elements/],
    ['an ISA whose terminator is a letter', isa(TILDE).replace(/:~$/, ':X'), /does not declare usable separators/],
    ['an 835 remittance', claimFile().replace('ST*837*', 'ST*835*'), /835 transaction set, not an 837/],
    ['an ST01 that is not a set id, not quoted back', claimFile().replace('ST*837*', 'ST*ROE RICHARD*'), /another kind of transaction set, not an 837/],
    ['an 837I institutional claim', claimFile({ version: '005010X223A2' }), /institutional 837I, ClaimLint reads professional 837P claims/],
    ['a file with no ST', x12(['GS*HC*S*R*20260101*1200*1*X*005010X222A1', 'GE*0*1', 'IEA*1*000000001']), /no ST transaction set/],
    ['an 837 with no CLM', claimFile().replace(/CLM\*[^~]*~/, ''), /no claims \(no CLM segment\)/],
  ])('%s', (_, text, message) => {
    let thrown: unknown;
    try {
      readX12_837P(text, 'file:///bad', TAKEN_AT);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toContain('\n');
  });
});

/** Where in the file a field was read ("claim 1 / 2300 REF*G1"). */
function pathOf(snapshot: Snapshot, key: string | undefined): string {
  return (key !== undefined && snapshot.places?.[key]?.path) || '';
}

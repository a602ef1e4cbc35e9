/**
 * Bad input gets a clear error and loses nothing, for claim files too: on random (mostly malformed) X12 837P text
 * and random FHIR JSON, the readers either give snapshots that pass the schema, with no file value in a title,
 * label or path, or throw an Error with a one-line message. Never another kind of throw, never a hang.
 * `npm run fuzz` raises the number of cases (CLAIMLINT_FUZZ_RUNS).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotSchema, type Snapshot } from '../../rules/schema';
import { readFhirJson } from '../../utils/claim-files/fhir-claim';
import { x12ClaimsFromChunks } from '../../utils/claim-files/claim-read';
import { readX12_837P } from '../../utils/claim-files/x12-837p';

const RUNS = Number(process.env.CLAIMLINT_FUZZ_RUNS ?? 300);
const SEED = 20_261_123 + Number(process.env.CLAIMLINT_FUZZ_BATCH ?? 0);
// A value no real claim holds, put into every generated file: it must never surface outside a field's value.
const MARKER = 'QQSECRET';
// `npm run fuzz` runs thousands of cases; a case takes a few milliseconds at most.
const TIMEOUT_MS = Math.max(30_000, RUNS * 20);

// What the cases came to, printed at the end so a run that only ever hit the error path is seen.
const tallies = { x12: { read: 0, claims: 0, refused: 0 }, fhir: { read: 0, claims: 0, refused: 0 } };

/** Reads with `read`; the outcome is snapshots or an Error's message, anything else fails the property. */
function outcome(kind: keyof typeof tallies, read: () => Snapshot[]): { snapshots: Snapshot[] } | { message: string } {
  const tally = tallies[kind];
  try {
    const snapshots = read();
    tally.read += 1;
    tally.claims += snapshots.length;
    return { snapshots };
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    tally.refused += 1;
    return { message: (error as Error).message };
  }
}

afterAll(() => {
  for (const [kind, tally] of Object.entries(tallies)) {
    console.log(`claim-file cases (${kind}): ${tally.read} read (${tally.claims} snapshots), ${tally.refused} refused with one line, 0 crashes`);
  }
});

function expectSafe(result: ReturnType<typeof outcome>): void {
  if ('message' in result) {
    expect(result.message).not.toMatch(/\n/);
    expect(result.message.length).toBeGreaterThan(0);
    expect(result.message).not.toContain(MARKER);
    return;
  }
  for (const snapshot of result.snapshots) {
    expect(snapshotSchema.safeParse(snapshot).success).toBe(true);
    // An 837P claim's title names it by its CLM01 (the id the biller searches for), and by nothing else of the file.
    const claimId = snapshot.source.kind === 'claim-file' && snapshot.source.format === 'x12-837p'
      ? snapshot.fields.find((field) => field.concept === 'patient.accountNumber')?.value : undefined;
    expect(claimId ? snapshot.title.replace(claimId, '') : snapshot.title).not.toContain(MARKER);
    for (const field of snapshot.fields) {
      expect(field.label).not.toContain(MARKER);
      expect(JSON.stringify(snapshot.places?.[field.key] ?? {})).not.toContain(MARKER);
    }
  }
}

// ---- X12: a valid envelope around a soup of real 837P segment ids with random elements and separators. ----

const SEGMENT_IDS = ['HL', 'SBR', 'NM1', 'N3', 'N4', 'DMG', 'REF', 'CLM', 'DTP', 'HI', 'LX', 'SV1', 'PRV', 'PAT', 'SE', 'AMT', 'K3', 'NTE', 'XYZ', ''];
const element = fc.oneof(
  fc.constantFrom('', 'IL', 'PR', 'QC', '85', '82', 'DN', 'DK', 'DQ', 'XX', 'MI', 'G1', '9F', 'EI', '20', '22', '23', '431', '472', 'D8', 'RD8', 'UN', 'MJ', 'HC', 'ABK', 'ABF', 'BK', '1', '2', '12', '999', MARKER),
  fc.string({ maxLength: 12 }),
  fc.array(fc.constantFrom('HC', '97124', 'GP', '1', 'ABK', 'M5450', MARKER, ''), { maxLength: 5 }).map((parts) => parts.join(':')),
);
const segment = fc.tuple(fc.constantFrom(...SEGMENT_IDS), fc.array(element, { maxLength: 12 })).map(([id, elements]) => [id, ...elements].join('*'));

function isa(elementSeparator: string, component: string): string {
  const fields = ['ISA', '00', ' '.repeat(10), '00', ' '.repeat(10), 'ZZ', 'SENDER'.padEnd(15), 'ZZ', 'RECEIVER'.padEnd(15), '261120', '1200', '^', '00501', '000000001', '0', 'T', component];
  return fields.join(elementSeparator);
}

// The loops a claim needs, in order; random segments go between them, so most cases reach a claim.
const SKELETON = [
  'GS*HC*S*R*20261120*1200*1*X*005010X222A1', 'ST*837*0001*005010X222A1', 'BHT*0019*00*1*20261120*1200*CH', 'HL*1**20*1',
  'NM1*85*2*CLINIC*****XX*1234567893', 'HL*2*1*22*0', 'SBR*P*18', `NM1*IL*1*${MARKER}*A****MI*${MARKER}`, 'NM1*PR*2*PAYER',
  `CLM*${MARKER}*100***11:B:1*Y*A*Y*Y`, 'HI*ABK:M5450', 'LX*1', 'SV1*HC:97124*100*UN*4***1', 'DTP*472*D8*20261118',
];

const x12File = fc.record({
  separators: fc.constantFrom(['*', ':', '~'], ['|', '>', '\n'], ['*', '^', "'"]),
  skeleton: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
  segments: fc.array(fc.array(segment, { maxLength: 4 }), { minLength: SKELETON.length, maxLength: SKELETON.length }),
  lineBreaks: fc.boolean(),
  // Most files whole, some cut off anywhere (a truncated upload).
  cut: fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.nat(), weight: 1 }),
}).map(({ separators: [elementSeparator, component, terminator], skeleton, segments, lineBreaks, cut }) => {
  const body = skeleton ? SKELETON.flatMap((line, position) => [line, ...segments[position]!]) : segments.flat();
  const text = [isa(elementSeparator!, component!), ...body.map((line) => line.replaceAll('*', elementSeparator!).replaceAll(':', component!))]
    .join(`${terminator}${lineBreaks ? '\n' : ''}`);
  return cut === undefined ? text : text.slice(0, cut % (text.length + 1));
});

// ---- FHIR: Claim-shaped objects and Bundles whose members have random types. ----

const anything = fc.jsonValue({ maxDepth: 3 }).map((value) => (typeof value === 'string' ? `${value}${MARKER}` : value));
const reference = fc.oneof(fc.constantFrom('#p', '#c', 'urn:uuid:1', 'urn:uuid:2', 'Patient/1', 'Claim/self', ''), anything).map((ref) => ({ reference: ref }));
const resource = fc.record({
  resourceType: fc.oneof(fc.constantFrom('Claim', 'Patient', 'Coverage', 'Organization', 'Practitioner', 'ServiceRequest', 'Goal', 'CarePlan', 'Condition', 'Bundle', 'ClaimResponse'), anything),
  id: fc.oneof(fc.constantFrom('p', 'c', 'self'), anything),
  use: fc.oneof(fc.constantFrom('claim', 'preauthorization'), anything),
  patient: fc.oneof(reference, anything),
  provider: fc.oneof(reference, anything),
  referral: fc.oneof(reference, anything),
  insurance: fc.oneof(fc.array(fc.record({ focal: anything, coverage: reference, preAuthRef: fc.oneof(fc.array(fc.constant(MARKER)), anything) }, { requiredKeys: [] }), { maxLength: 3 }), anything),
  diagnosis: fc.oneof(fc.array(fc.record({ sequence: fc.oneof(fc.integer({ min: -2, max: 20 }), anything), diagnosisCodeableConcept: anything, diagnosisReference: reference }, { requiredKeys: [] }), { maxLength: 14 }), anything),
  item: fc.oneof(fc.array(fc.record({ sequence: fc.oneof(fc.integer({ min: -1, max: 1200 }), anything), diagnosisSequence: anything, productOrService: anything, servicedPeriod: anything, quantity: anything }, { requiredKeys: [] }), { maxLength: 8 }), anything),
  name: anything,
  contained: fc.oneof(fc.array(fc.record({ resourceType: fc.constantFrom('Patient', 'Coverage', 'Organization'), id: fc.constantFrom('p', 'c'), name: anything }), { maxLength: 3 }), anything),
}, { requiredKeys: [] });
const fhirJson = fc.oneof(
  resource,
  fc.record({ resourceType: fc.constant('Bundle'), entry: fc.oneof(fc.array(fc.record({ fullUrl: fc.constantFrom('urn:uuid:1', 'urn:uuid:2', MARKER), resource }, { requiredKeys: [] }), { maxLength: 6 }), anything) }),
  anything,
);

describe('claim files never crash the readers', () => {
  it('random X12 837P text: snapshots that pass the schema, or one clear line', () => {
    fc.assert(fc.property(x12File, (text) => expectSafe(outcome('x12', () => readX12_837P(text, 'file:///fuzz.837', '2026-11-23T12:00:00.000Z')))), { numRuns: RUNS, seed: SEED });
  }, TIMEOUT_MS);

  it('random X12 837P text read from chunks cut anywhere: the same claims, or the same one line, as the whole text', async () => {
    await fc.assert(fc.asyncProperty(x12File, fc.integer({ min: 1, max: 300 }), async (text, size) => {
      const whole = outcome('x12', () => readX12_837P(text, 'file:///fuzz.837', '2026-11-23T12:00:00.000Z'));
      const streamed: Snapshot[] = [];
      let message: string | undefined;
      try {
        async function* chunks() {
          for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
        }
        for await (const claim of x12ClaimsFromChunks(chunks(), 'file:///fuzz.837', [], '2026-11-23T12:00:00.000Z')) streamed.push(claim.snapshot);
      } catch (error) {
        expect(error).toBeInstanceOf(Error);
        message = (error as Error).message;
      }
      const fieldsOf = (snapshot: Snapshot) => snapshot.fields.map((field) => [field.concept, field.index, field.value]);
      if ('message' in whole) {
        expect(message).toBe(whole.message);
      } else {
        expect(message).toBeUndefined();
        expect(streamed.map(fieldsOf)).toEqual(whole.snapshots.map(fieldsOf));
      }
    }), { numRuns: RUNS, seed: SEED });
  }, TIMEOUT_MS);

  it('random FHIR JSON: snapshots that pass the schema, or one clear line', () => {
    fc.assert(fc.property(fhirJson, (json) => expectSafe(outcome('fhir', () => readFhirJson(json, 'file:///fuzz.json', '2026-11-23T12:00:00.000Z')))), { numRuns: RUNS, seed: SEED });
  }, TIMEOUT_MS);

  it('a Bundle whose references point at each other, or at the Claim itself, is read once', () => {
    const claim = { resourceType: 'Claim', id: 'self', patient: { reference: 'Claim/self' }, provider: { reference: 'urn:uuid:2' }, referral: { reference: 'urn:uuid:2' }, insurance: [{ coverage: { reference: 'urn:uuid:1' } }] };
    const bundle = {
      resourceType: 'Bundle',
      entry: [
        { fullUrl: 'urn:uuid:0', resource: claim },
        { fullUrl: 'urn:uuid:1', resource: { resourceType: 'Coverage', payor: [{ reference: 'urn:uuid:1' }], beneficiary: { reference: 'urn:uuid:0' } } },
        { fullUrl: 'urn:uuid:2', resource: { resourceType: 'ServiceRequest', requester: { reference: 'urn:uuid:2' } } },
      ],
    };
    const result = outcome('fhir', () => readFhirJson(bundle, 'file:///loop.json', '2026-11-23T12:00:00.000Z'));
    expectSafe(result);
    expect('snapshots' in result && result.snapshots).toHaveLength(1);
  });
});

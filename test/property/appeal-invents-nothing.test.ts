/**
 * An appeal draft invents nothing: on random denials (known, unknown and grouped codes) and random checked
 * documentation, every patient value in the draft sits in a part whose source holds it (the field it was copied
 * from, or the denial), and no template wording, placeholder or policy part carries one. Values are distinctive
 * random tokens, so any that surface where they should not are found. `npm run fuzz` raises the number of cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../../rules/check-snapshot';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import type { ConceptKey } from '../../rules/concepts';
import { APPEAL_PLAN_TYPES } from '../../rules/denials/appeal-deadline';
import type { Denial, DenialReason } from '../../rules/denials/denial';
import type { AppealSource } from '../../rules/letters/appeal-evidence';
import { draftAppeal } from '../../rules/letters/draft-appeal';
import type { Field, FieldIndex } from '../../rules/schema';

const RUNS = Number(process.env.CLAIMLINT_FUZZ_RUNS ?? 150);
const SEED = 20_261_205 + Number(process.env.CLAIMLINT_FUZZ_BATCH ?? 0);
const TIMEOUT_MS = Math.max(30_000, RUNS * 40);

// Tokens no template, code table or policy contains: a capital, letters, digits, then "qx".
const token = fc.stringMatching(/^[A-Z][a-z]{3,6}[0-9]{2}qx$/);
const value = fc.array(token, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

const SINGLE: ConceptKey[] = ['patient.name', 'patient.firstName', 'patient.lastName', 'patient.memberId', 'payer.name', 'provider.name',
  'provider.credentials', 'provider.npi', 'provider.signature', 'claim.priorAuthNumber', 'doc.diagnosisText', 'doc.history',
  'doc.functionalLimitation', 'doc.goals', 'doc.longTermGoals', 'doc.shortTermGoals', 'doc.treatmentPlan', 'doc.frequency',
  'doc.duration', 'doc.frequencyDuration', 'doc.alternativesTried', 'doc.expectedOutcome', 'doc.necessityStatement', 'doc.progress',
  'auth.from', 'auth.to', 'auth.visits', 'visit.date'];
const LINE: ConceptKey[] = ['line.procedureCode', 'line.modifier', 'line.diagnosisPointer', 'line.units', 'line.dateFrom', 'line.renderingNpi'];

const fieldArb: fc.Arbitrary<Field> = fc.oneof(
  fc.record({ concept: fc.constantFrom(...SINGLE), value, index: fc.constant<FieldIndex>(null) }),
  fc.record({ concept: fc.constantFrom(...LINE), value, index: fc.integer({ min: 1, max: 3 }) as fc.Arbitrary<FieldIndex> }),
  fc.record({ concept: fc.constant<ConceptKey>('claim.diagnosis'), value, index: fc.constantFrom<FieldIndex>('A', 'B') }),
).map(({ concept, value: text, index }) => ({ key: `${concept}[${index ?? ''}]`, concept, index, value: text, label: '', confidence: 0.9 }));

const fieldsArb = fc.uniqueArray(fieldArb, { maxLength: 18, selector: (field) => field.key });

const reasonArb: fc.Arbitrary<DenialReason> = fc.oneof(
  fc.record({ group: fc.constantFrom('CO', 'PR', 'OA', 'PI'), code: fc.constantFrom('50', '197', '15', '16', '11', '4', '151', '236', '96', '167', '204', '2', '999'), kind: fc.constant('carc' as const) }),
  fc.record({ code: fc.constantFrom('N115', 'N386', 'M127', 'N290', 'MA130', 'N9999'), kind: fc.constant('rarc' as const) }),
  fc.record({ code: token, kind: fc.constant('other' as const), text: value }),
);

const denialArb: fc.Arbitrary<Denial> = fc.record({
  claimId: fc.option(token, { nil: undefined }),
  payerName: fc.option(value, { nil: undefined }),
  patientName: fc.option(value, { nil: undefined }),
  memberId: fc.option(token, { nil: undefined }),
  payerClaimNumber: fc.option(token, { nil: undefined }),
  notes: fc.option(fc.array(value, { maxLength: 2 }), { nil: undefined }),
  reasons: fc.array(reasonArb, { minLength: 1, maxLength: 4 }),
}).map((denial) => ({
  ...Object.fromEntries(Object.entries(denial).filter(([, entry]) => entry !== undefined)),
  reasons: denial.reasons, denialDate: '2025-03-10', source: { format: 'manual', what: 'typed' },
}) as Denial);

const TOKEN = /[A-Z][a-z]{3,6}[0-9]{2}qx/g;

function denialStrings(denial: Denial): string {
  return JSON.stringify(denial);
}

describe('an appeal draft invents nothing', () => {
  it('puts every patient value only in a part whose source holds it', { timeout: TIMEOUT_MS }, () => {
    fc.assert(fc.property(denialArb, fc.array(fieldsArb, { maxLength: 2 }), fc.option(fc.constantFrom(...APPEAL_PLAN_TYPES), { nil: undefined }), (denial, fieldLists, planType) => {
      const sources: AppealSource[] = fieldLists.map((fields) => {
        const snapshot = { source: { kind: 'page' as const }, url: 'https://portal.example/claim', title: 'Claim', takenAt: '2026-11-22T12:00:00Z', fields };
        return { snapshot, result: checkSnapshot(snapshot, { checklists: BUNDLED_CHECKLISTS }) };
      });
      const draft = draftAppeal({ denial, sources, ...(planType && { planType }) });
      for (const part of [...draft.sections, ...(draft.notes ?? [])].flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.parts))) {
        const tokens = part.text.match(TOKEN) ?? [];
        if (tokens.length === 0) continue;
        expect('source' in part, `"${part.text}" has patient values but no source`).toBe(true);
        if (!('source' in part)) continue;
        const held = part.source.kind === 'field'
          ? sources[part.source.snapshot ?? 0]!.snapshot.fields.find((field) => field.key === (part.source as { fieldKey: string }).fieldKey)?.value ?? ''
          : part.source.kind === 'denial' ? denialStrings(denial) : '';
        for (const found of tokens) expect(held, `"${found}" is not in the source of "${part.text}"`).toContain(found);
      }
      for (const enclosure of draft.enclosures) expect(enclosure).not.toMatch(TOKEN);
      for (const gap of draft.gaps) expect(`${gap.what} ${gap.ruleId}`).not.toMatch(TOKEN);
    }), { numRuns: RUNS, seed: SEED });
  });
});

/**
 * A drafted letter carries no patient value that is not in its sources. Snapshots are generated with invented
 * values (tokens like "Qzv417" that no template, checklist or code table holds, mixed with codes, NPIs, braces that
 * look like slots and text that looks like a placeholder), checked and drafted; then every part copied from a
 * field must be that field's value, every description must be the code table's, template wording must hold no
 * invented token, and every invented token in the draft must be in some source field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { DIAGNOSIS_LETTERS, type ConceptKey } from '../../rules/concepts';
import { checkForLetter } from '../../rules/letters/check-for-letter';
import { draftLmn } from '../../rules/letters/draft-lmn';
import { renderDraftMarkdown, renderDraftText } from '../../rules/letters/render-draft';
import { BUNDLED_TEMPLATES } from '../../rules/letters/templates/index';
import type { Field, FieldIndex, Snapshot } from '../../rules/schema';

const INVENTED = /[A-Z][a-z]{2}\d{3}/g;
const RUNS = Number(process.env.CLAIMLINT_FUZZ_RUNS ?? 150);
const SEED = 17 + Number(process.env.CLAIMLINT_FUZZ_BATCH ?? 0);
const TIMEOUT_MS = Math.max(30_000, RUNS * 20);
const CONCEPTS: ConceptKey[] = [
  'patient.name', 'patient.dob', 'patient.memberId', 'payer.name', 'provider.name', 'provider.credentials', 'provider.npi',
  'provider.license', 'claim.diagnosis', 'line.procedureCode', 'doc.diagnosisText', 'doc.history', 'doc.functionalLimitation',
  'doc.treatmentPlan', 'doc.frequency', 'doc.duration', 'doc.frequencyDuration', 'doc.necessityStatement',
  'doc.alternativesTried', 'doc.goals', 'doc.longTermGoals', 'doc.shortTermGoals', 'doc.expectedOutcome', 'doc.progress',
];
const DESCRIPTIONS: Record<string, string> = { 'M54.50': 'Low back pain, unspecified', 'M79.18': 'Myalgia, other site' };

const invented = fc.tuple(fc.constantFrom(...'BCDFGHJKLMNPQRSTVWXZ'), fc.stringMatching(/^[a-z]{2}$/), fc.integer({ min: 100, max: 999 }))
  .map(([first, rest, digits]) => `${first}${rest}${digits}`);
const word = fc.oneof(
  { weight: 4, arbitrary: invented },
  { weight: 1, arbitrary: fc.constantFrom('M54.50', 'M79.18', '97124', '1234567893', 'twice weekly', 'for 8 weeks', 'medically necessary', '{patient.name}', '[MISSING: x — a/b]', 'to 3/10 within 8 weeks') },
);
const value = fc.oneof({ weight: 5, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' ')) }, { weight: 1, arbitrary: fc.constant('') });
const fieldsOf = fc.array(fc.tuple(fc.constantFrom(...CONCEPTS), value, fc.boolean()), { maxLength: 30 });

interface Identity {
  memberId: string | null;
  dob: string | null;
}
const identity = fc.record({ memberId: fc.option(invented), dob: fc.option(invented) });

function snapshot(entries: [ConceptKey, string, boolean][], identity: Identity | null, position: number): Snapshot {
  const counts = new Map<ConceptKey, number>();
  const fields: Field[] = entries
    .filter(([concept]) => concept !== 'patient.memberId' && concept !== 'patient.dob')
    .map(([concept, value, fromDocument]) => {
      const count = (counts.get(concept) ?? 0) + 1;
      counts.set(concept, count);
      const index: FieldIndex = concept === 'claim.diagnosis' ? DIAGNOSIS_LETTERS[(count - 1) % DIAGNOSIS_LETTERS.length]! : concept === 'line.procedureCode' ? count : null;
      return { key: `s${position}-${concept}-${count}`, concept, index, value, label: `Label ${count}`, confidence: 0.9, ...(fromDocument && { document: 'letter' as const }) };
    });
  // One patient: every source that identifies the patient gives the same member ID and date of birth.
  if (identity?.memberId) fields.push({ key: `s${position}-member`, concept: 'patient.memberId', index: null, value: identity.memberId, label: 'Member ID', confidence: 0.9 });
  if (identity?.dob) fields.push({ key: `s${position}-dob`, concept: 'patient.dob', index: null, value: identity.dob, label: 'DOB', confidence: 0.9 });
  return { source: { kind: 'document' }, url: `file:///source-${position}.txt`, title: `source ${position}`, takenAt: '2026-11-22T12:00:00Z', fields };
}

describe('a drafted letter invents nothing', () => {
  it('copies only source values, verbatim, and the code table only its own descriptions', () => {
    fc.assert(fc.property(fc.array(fieldsOf, { minLength: 1, maxLength: 3 }), identity, fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), (sources, patient, givesId) => {
      const snapshots = sources.map((entries, position) => snapshot(entries, givesId[position] ? patient : null, position));
      const checked = snapshots.map((snap) => ({ snapshot: snap, result: checkForLetter(snap, { checklists: BUNDLED_CHECKLISTS }) }));
      const draft = draftLmn({ sources: checked, templates: BUNDLED_TEMPLATES, descriptions: { describe: (code) => DESCRIPTIONS[code] ?? null } });
      const sourceText = snapshots.flatMap((snap) => snap.fields.map((field) => field.value)).join('\n');

      for (const part of draft.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.parts))) {
        if ('placeholder' in part) continue;
        if (!('source' in part)) {
          expect(part.text.match(INVENTED) ?? [], 'template wording holds no patient value').toEqual([]);
          continue;
        }
        if (part.source.kind === 'field') {
          const { fieldKey, snapshot: position = 0 } = part.source;
          const field = snapshots[position]!.fields.find((candidate) => candidate.key === fieldKey);
          expect(field?.value.trim(), `part copied from ${fieldKey}`).toBe(part.text);
        } else if (part.source.kind === 'code-table') {
          expect(part.text).toBe(DESCRIPTIONS[part.source.code]);
        } else {
          expect(part.source.kind).toBe('policy');
          expect(part.text.match(INVENTED) ?? []).toEqual([]);
        }
      }
      for (const rendered of [renderDraftText(draft), renderDraftMarkdown(draft).replace(/\\/g, '')]) {
        for (const token of rendered.match(INVENTED) ?? []) expect(sourceText, `"${token}" in the draft`).toContain(token);
      }
      // Every placeholder is counted in gaps and shown: a draft is complete only when none is.
      const placeholders = draft.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.parts.filter((part) => 'placeholder' in part)));
      expect(placeholders.length).toBe(draft.gaps.length);
      for (const part of placeholders) expect(renderDraftText(draft)).toContain(part.text);
    }), { numRuns: RUNS, seed: SEED });
  }, TIMEOUT_MS);
});

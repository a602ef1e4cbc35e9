import { describe, expect, it } from 'vitest';
import type { LetterDraft } from './draft';
import { renderDraftExplain, renderDraftMarkdown, renderDraftText } from './render-draft';

const gap = { checklistId: 'lmn-core', ruleId: 'alternatives-tried', what: 'treatments tried before and their outcome' };
const draft: LetterDraft = {
  type: 'lmn',
  templateId: 'generic',
  title: 'Letter of Medical Necessity',
  sections: [
    { id: 'patient', heading: 'Patient', paragraphs: [{ parts: [{ text: 'Patient: ' }, { text: 'Doe, *Jane* #2', source: { kind: 'field', fieldKey: 'k1', concept: 'patient.name', label: 'Name', snapshot: 1 } }] }] },
    { id: 'diagnosis', heading: 'Diagnosis', paragraphs: [{ parts: [{ text: 'M54.50', source: { kind: 'field', fieldKey: 'k2', concept: 'claim.diagnosis', label: '' } }, { text: ' — ' }, { text: 'Low back pain, unspecified', source: { kind: 'code-table', table: 'icd10cm', code: 'M54.50' } }] }] },
    { id: 'alternatives', heading: 'Alternatives tried', paragraphs: [{ parts: [{ text: '[MISSING: treatments tried before and their outcome — lmn-core/alternatives-tried]', placeholder: gap }] }, { parts: [{ text: '- first\n- second', source: { kind: 'field', fieldKey: 'k3', concept: 'doc.goals', label: 'Goals' } }] }] },
  ],
  gaps: [gap],
  enclosures: [],
};

describe('renderDraftText', () => {
  it('lays out the title, headings and parts, with the placeholder as written', () => {
    expect(renderDraftText(draft)).toBe('Letter of Medical Necessity\n\nPATIENT\n\nPatient: Doe, *Jane* #2\n\nDIAGNOSIS\n\nM54.50 — Low back pain, unspecified\n\n'
      + 'ALTERNATIVES TRIED\n\n[MISSING: treatments tried before and their outcome — lmn-core/alternatives-tried]\n\n- first\n- second\n');
  });
});

describe('renderDraftMarkdown', () => {
  it('escapes source values so they cannot become markup, and shows placeholders in bold', () => {
    const markdown = renderDraftMarkdown(draft);
    expect(markdown).toContain('Patient: Doe, \\*Jane\\* \\#2');
    expect(markdown).toContain('**\\[MISSING: treatments tried before and their outcome — lmn-core/alternatives-tried\\]**');
    expect(markdown).toContain('\\- first  \n\\- second');
  });
});

describe('renderDraftExplain', () => {
  it('lists each filled part with its source (the file, when named) and each placeholder with its rule', () => {
    expect(renderDraftExplain(draft, ['plan.txt', 'claim.html'])).toBe([
      'patient: "Doe, *Jane* #2" from field patient.name (“Name”) in claim.html',
      'diagnosis: "M54.50" from field claim.diagnosis',
      'diagnosis: "Low back pain, unspecified" from ICD-10-CM table, M54.50',
      'alternatives: PLACEHOLDER treatments tried before and their outcome — lmn-core/alternatives-tried',
      'alternatives: "- first - second" from field doc.goals (“Goals”)',
      'Placeholders: 1',
      '',
    ].join('\n'));
  });
});

describe('the notes for the biller', () => {
  const appeal: LetterDraft = {
    ...draft,
    type: 'appeal',
    enclosures: ['the plan of care'],
    notes: [{ id: 'fix-first', heading: 'Fix before you appeal', paragraphs: [{ parts: [{ text: 'CO-50 — add measurable goals' }] }] }],
  };

  it('come after the letter and its enclosures, under their own heading, in text', () => {
    const text = renderDraftText(appeal);
    const [letter, notes] = text.split('BEFORE YOU SEND');
    expect(letter).toContain('ENCLOSURES\n\n- the plan of care');
    expect(letter).not.toContain('CO-50 — add measurable goals');
    expect(notes).toContain('FIX BEFORE YOU APPEAL\n\nCO-50 — add measurable goals');
  });

  it('come after a rule in Markdown', () => {
    const [letter, notes] = renderDraftMarkdown(appeal).split('\n---\n');
    expect(letter).toContain('## Enclosures\n\n- the plan of care');
    expect(notes).toContain('# Before you send (for you, not part of the letter)\n\n## Fix before you appeal\n\nCO-50 — add measurable goals');
  });
});

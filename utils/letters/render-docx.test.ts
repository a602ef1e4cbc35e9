import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { placeholderText, type LetterDraft } from '../../rules/letters/draft';
import { renderDraftDocx } from './render-docx';

const gap = { checklistId: 'lmn-core', ruleId: 'goals', what: 'measurable goal with a target and a timeframe' };

const draft: LetterDraft = {
  type: 'lmn',
  templateId: 'lmn-general',
  title: 'Letter of Medical Necessity',
  sections: [
    {
      id: 'patient',
      heading: 'Patient',
      paragraphs: [{ parts: [
        { text: 'Patient: ' },
        { text: 'Dana Q. Example & <Son>', source: { kind: 'field', fieldKey: 'k1', concept: 'patient.name', label: 'Patient' } },
        { text: '\nMember ID: ' },
        { text: 'XQZ000111', source: { kind: 'field', fieldKey: 'k2', concept: 'patient.member_id', label: 'Member ID' } },
      ] }],
    },
    {
      id: 'treatment',
      heading: 'Treatment and goals',
      paragraphs: [{ parts: [{ text: 'The goal of treatment is ' }, { text: placeholderText(gap), placeholder: gap }, { text: '.' }] }],
    },
  ],
  gaps: [gap],
  enclosures: ['Plan of care'],
};

async function documentXml(bytes: Uint8Array): Promise<string> {
  const files = unzipSync(bytes);
  expect(Object.keys(files)).toContain('word/document.xml');
  return strFromU8(files['word/document.xml']!);
}

/** The text of each <w:p>, runs joined, as Word would show it. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : m[1]!)).join('')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}

describe('renderDraftDocx', () => {
  it('writes a Word file whose text is the draft: title, headings, values (escaped), line breaks, enclosures', async () => {
    const bytes = await renderDraftDocx(draft);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip
    const text = paragraphs(await documentXml(bytes));
    expect(text).toEqual([
      'Letter of Medical Necessity',
      'Patient',
      'Patient: Dana Q. Example & <Son>\nMember ID: XQZ000111',
      'Treatment and goals',
      `The goal of treatment is ${placeholderText(gap)}.`,
      'Enclosures',
      'Plan of care',
    ]);
  });

  it('marks each placeholder bold on yellow, and nothing else', async () => {
    const xml = await documentXml(await renderDraftDocx(draft));
    const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([run]) => run);
    const highlighted = runs.filter((run) => run.includes('<w:highlight w:val="yellow"/>'));
    expect(highlighted).toHaveLength(1);
    expect(highlighted[0]).toContain('<w:b/>');
    expect(highlighted[0]).toContain('[MISSING: measurable goal with a target and a timeframe — lmn-core/goals]');
  });

  it('uses Word heading styles for the section headings', async () => {
    const xml = await documentXml(await renderDraftDocx(draft));
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(3);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
  });
});

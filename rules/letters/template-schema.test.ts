import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../checklists';
import { parseBundledTemplate, parseLetterTemplate, slotsOf } from './template-schema';
import { BUNDLED_TEMPLATE_DATA, BUNDLED_TEMPLATES } from './templates/index';

const folder = fileURLToPath(new URL('./templates/', import.meta.url));
const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
const read = (file: string) => JSON.parse(readFileSync(`${folder}${file}`, 'utf8')) as Record<string, unknown>;
const medicalMassage = () => read('medical-massage.json');

describe('bundled letter templates', () => {
  it.each(files)('%s parses, is named after its id and is bundled', (file) => {
    const parsed = parseLetterTemplate(read(file), file);
    expect(parsed.ok && parsed.template.id).toBe(file.replace(/\.json$/, ''));
    expect(BUNDLED_TEMPLATE_DATA.map((entry) => entry.file)).toContain(file);
  });

  it.each(files)("%s: every sentence's `needs` names a bundled checklist's rule", (file) => {
    const parsed = parseLetterTemplate(read(file), file);
    if (!parsed.ok) throw new Error(parsed.error);
    const needs = parsed.template.sections.flatMap((section) => (section.paragraphs ?? []).flat()).flatMap((sentence) => (sentence.needs ? [sentence.needs] : []));
    const known = new Set(BUNDLED_CHECKLISTS.flatMap((checklist) => checklist.rules.map((rule) => `${checklist.id}/${rule.id}`)));
    expect(needs.filter((item) => !known.has(item))).toEqual([]);
  });

  it('ends with the generic template, which fits any payer and service', () => {
    const last = BUNDLED_TEMPLATES.at(-1)!;
    expect([last.id, last.payers, last.services]).toEqual(['generic', ['any'], ['any']]);
  });
});

describe('parseLetterTemplate refuses, naming the file', () => {
  it('a slot that is not a concept key', () => {
    const data = medicalMassage();
    (data['sections'] as { paragraphs?: { text: string }[][] }[])[0]!.paragraphs![0]![0]!.text = 'Patient: {patient.fullName}';
    const parsed = parseLetterTemplate(data, 'medical-massage.json');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/^Letter template medical-massage\.json, section "patient": unknown slot \{patient\.fullName\}/);
  });

  it('a template without its services', () => {
    const data = medicalMassage();
    delete data['services'];
    const parsed = parseLetterTemplate(data, 'my-practice.json');
    expect(!parsed.ok && parsed.error).toMatch(/^Letter template my-practice\.json is not valid: .*services/s);
  });

  it('an unknown member (a typo stays an error, not a silently ignored key)', () => {
    const parsed = parseLetterTemplate({ ...medicalMassage(), sevrices: ['massage'] }, 'typo.json');
    expect(!parsed.ok && parsed.error).toMatch(/^Letter template typo\.json is not valid: .*sevrices/s);
  });

  it('a sentence that names a checklist item but not what is missing', () => {
    const data = medicalMassage();
    delete (data['sections'] as { paragraphs?: { missing?: string }[][] }[])[0]!.paragraphs![0]![0]!.missing;
    const parsed = parseLetterTemplate(data, 'medical-massage.json');
    expect(!parsed.ok && parsed.error).toContain('a sentence with "needs" says what is missing');
  });

  it('a section used twice and an unbalanced brace', () => {
    const twice = medicalMassage();
    const sections = twice['sections'] as unknown[];
    sections.push(sections[0]);
    expect(parseLetterTemplate(twice, 'twice.json')).toEqual({ ok: false, error: 'Letter template twice.json, section "patient": the section id is used more than once' });
    const brace = medicalMassage();
    (brace['sections'] as { paragraphs?: { text: string }[][] }[])[0]!.paragraphs![0]![0]!.text = 'Patient: {patient.name';
    expect(parseLetterTemplate(brace, 'brace.json').ok).toBe(false);
  });

  it('as a bundled template, by throwing: no silent fallback to another template', () => {
    expect(() => parseBundledTemplate({ ...medicalMassage(), type: 'memo' }, 'medical-massage.json')).toThrow(/^Letter template medical-massage\.json is not valid: .*type/s);
  });

  it('accepts the untouched file (control)', () => {
    expect(parseLetterTemplate(medicalMassage(), 'medical-massage.json').ok).toBe(true);
  });
});

describe('slotsOf', () => {
  it('reads each slot with its alternatives', () => {
    expect(slotsOf('Frequency: {doc.frequency|doc.frequencyDuration}, by {provider.name}')).toEqual([['doc.frequency', 'doc.frequencyDuration'], ['provider.name']]);
  });
});

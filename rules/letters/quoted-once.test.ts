/**
 * A documented sentence is quoted once per letter: drafted from every letter, plan, note and request among the
 * document fixtures, no long value appears twice, and each "As documented above under …" names a section that the
 * letter has, before the reference.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../test/support/files-under';
import { BUNDLED_CHECKLISTS } from '../checklists';
import { COMPONENTS_SOUGHT, readDocument } from '../document/read-document';
import { documentFields } from '../document/document-fields';
import type { Snapshot } from '../schema';
import { checkForLetter } from './check-for-letter';
import { draftLmn } from './draft-lmn';
import { QuotedOnce } from './quoted-once';
import { BUNDLED_TEMPLATES } from './templates/index';

const DOCUMENTS = filesUnder(fileURLToPath(new URL('../../test/fixtures/documents/', import.meta.url)), /\.(txt|md)$/);

function documentSnapshot(text: string, file: string): Snapshot {
  const reading = readDocument(text, { seek: COMPONENTS_SOUGHT.letter });
  const { fields, headings, lead } = documentFields(reading, { keyPrefix: 'doc:', word: 'letter', whole: true });
  return { source: { kind: 'document' }, url: `file:///${file}`, title: file, takenAt: '2026-11-22T12:00:00Z', fields, headings, lead };
}

describe('quoting once per letter', () => {
  it.each(DOCUMENTS.map((path) => [path.split('/').at(-1)!, path]))('%s: each long documented value is quoted once', (file, path) => {
    const snapshot = documentSnapshot(readFileSync(path, 'utf8'), file);
    const draft = draftLmn({ sources: [{ snapshot, result: checkForLetter(snapshot, { checklists: BUNDLED_CHECKLISTS }) }], templates: BUNDLED_TEMPLATES });
    const quotations = draft.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.parts))
      .filter((part) => 'source' in part && part.source.kind === 'field' && part.text.length >= 40).map((part) => part.text);
    expect(quotations.filter((text, at) => quotations.indexOf(text) !== at)).toEqual([]);
    const seen: string[] = [];
    for (const section of draft.sections) {
      for (const part of section.paragraphs.flatMap((paragraph) => paragraph.parts)) {
        const referred = /^As documented above under “(.+)”\.$/.exec(part.text)?.[1];
        if (referred) expect([...seen, ...quotationTitles(draft)]).toContain(referred);
      }
      seen.push(section.heading);
    }
  });
});

/** Criteria titles quoted in the criteria section (a later criterion may refer to an earlier one). */
function quotationTitles(draft: ReturnType<typeof draftLmn>): string[] {
  return draft.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.parts))
    .filter((part) => 'source' in part && part.source.kind === 'policy').map((part) => part.text);
}

describe('QuotedOnce', () => {
  it('refers back only when every value was quoted, and never for short values', () => {
    const quoted = new QuotedOnce();
    const sentence = 'Cervical spasm limits head turning to 30 degrees; cannot check blind spots.';
    expect(quoted.earlier([sentence], 'exact')).toBeNull();
    quoted.record([sentence, 'M54.2'], 'History');
    expect(quoted.earlier([sentence], 'exact')).toBe('History');
    expect(quoted.earlier(['Cervical spasm limits head turning to 30 degrees'], 'within')).toBe('History');
    expect(quoted.earlier(['Cervical spasm limits head turning to 30 degrees'], 'exact')).toBeNull();
    expect(quoted.earlier([sentence, 'Massage twice a week for six weeks, then reassess.'], 'within')).toBeNull();
    expect(quoted.earlier(['M54.2'], 'exact')).toBeNull();
  });
});

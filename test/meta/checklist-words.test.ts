/**
 * What a checklist says reaches billers word for word (popup, report, CLI, README): no reviewer's marks or
 * internal notes ("[verify]", "seed 003 summary", "ClaimLint domain notes"), and every source says where it is.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';

const INTERNAL = [/\[verify\]/i, /\bseed \d{3}\b/i, /\bdomain notes\b/i, /\bTODO\b/, /\bFIXME\b/];

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, at) => strings(item, `${path}[${at}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

describe('bundled checklists speak to billers', () => {
  it.each(BUNDLED_CHECKLISTS.map((checklist) => [checklist.id, checklist] as const))('%s has no internal notes', (_, checklist) => {
    const found = strings(checklist, checklist.id).filter(([, text]) => INTERNAL.some((pattern) => pattern.test(text)));
    expect(found).toEqual([]);
  });

  it.each(BUNDLED_CHECKLISTS.map((checklist) => [checklist.id, checklist] as const))('%s cites a dated public source for every rule', (_, checklist) => {
    for (const rule of checklist.rules) {
      const source = rule.source ?? checklist.source;
      expect(source.url, `${checklist.id}/${rule.id}`).toMatch(/^https:\/\//);
      expect(source.date, `${checklist.id}/${rule.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

/**
 * Conventions that stay true because a test enforces them (STYLE.md): every check has a test and is
 * registered; every checklist parses, cites a dated source and is bundled; parseChecklist refuses bad data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS, parseChecklist } from '../../rules/checklists';
import { CHECKS } from '../../rules/checks';

const checksDir = fileURLToPath(new URL('../../rules/checks/', import.meta.url));
const checklistsDir = fileURLToPath(new URL('../../rules/checklists/', import.meta.url));

const checkFiles = readdirSync(checksDir).filter(
  (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'types.ts' && name !== 'index.ts',
);
const checklistFiles = readdirSync(checklistsDir).filter((name) => name.endsWith('.json'));
const readJson = (name: string): unknown => JSON.parse(readFileSync(checklistsDir + name, 'utf8'));

describe('rules/checks', () => {
  it.each(checkFiles)('%s has a test beside it', (name) => {
    expect(existsSync(checksDir + name.replace(/\.ts$/, '.test.ts'))).toBe(true);
  });

  it.each(checkFiles)('%s is registered in CHECKS under its file name', (name) => {
    expect(Object.keys(CHECKS)).toContain(name.replace(/\.ts$/, ''));
  });

  it('registers no check without a file', () => {
    expect(Object.keys(CHECKS).sort()).toEqual(checkFiles.map((name) => name.replace(/\.ts$/, '')).sort());
  });
});

describe('rules/checklists', () => {
  it.each(checklistFiles)('%s parses, is named after its id and is bundled', (name) => {
    const result = parseChecklist(readJson(name));
    if (!result.ok) throw new Error(result.error);
    expect(`${result.checklist.id}.json`).toBe(name);
    expect(BUNDLED_CHECKLISTS.map((c) => c.id)).toContain(result.checklist.id);
  });

  it.each(checklistFiles)('%s cites a source with a URL and a date, for the checklist and every rule', (name) => {
    const result = parseChecklist(readJson(name));
    if (!result.ok) throw new Error(result.error);
    const sources = [result.checklist.source, ...result.checklist.rules.flatMap((rule) => rule.source ?? [])];
    for (const source of sources) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('parseChecklist refuses', () => {
  const valid = () => structuredClone(readJson('cms1500-basics.json')) as { rules: Record<string, unknown>[] };

  it('a duplicate rule id, naming it', () => {
    const checklist = valid();
    checklist.rules.push({ ...checklist.rules[0] });
    expect(parseChecklist(checklist)).toEqual({
      ok: false,
      error: 'Checklist "cms1500-basics", rule "member-id": the rule id is used more than once',
    });
  });

  it('an unknown check id, naming the rule', () => {
    const checklist = valid();
    checklist.rules[0]!.check = 'crystal-ball';
    const result = parseChecklist(checklist);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/rule "member-id": unknown check "crystal-ball"/);
  });

  it('an inherited property name as a check id', () => {
    const checklist = valid();
    checklist.rules[0]!.check = 'constructor';
    expect(parseChecklist(checklist).ok).toBe(false);
  });

  it("options that fail the check's own schema, naming the rule and the option", () => {
    const checklist = valid();
    checklist.rules[0]!.options = { concepts: ['patient.shoeSize'] };
    const result = parseChecklist(checklist);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/rule "member-id": options for check "required-field" are not valid: [\s\S]*concepts/);
  });

  it('a checklist that does not match the schema, saying where', () => {
    const checklist = valid() as unknown as Record<string, unknown>;
    delete checklist.source;
    const result = parseChecklist(checklist);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/Checklist "cms1500-basics" is not valid: [\s\S]*source/);
  });

  it('to let a __proto__ key in options pollute Object.prototype', () => {
    const text = readFileSync(`${checklistsDir}cms1500-basics.json`, 'utf8').replace(
      '"options": {',
      '"options": { "__proto__": { "polluted": "yes", "required": false },',
    );
    const input = JSON.parse(text) as { rules: { options: object }[] };
    expect(Object.hasOwn(input.rules[0]!.options, '__proto__')).toBe(true); // the smuggled key really is there
    const result = parseChecklist(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (result.ok) {
      const options = result.checklist.rules[0]?.options ?? {};
      expect(Object.getPrototypeOf(options)).toBe(Object.prototype);
      expect((options as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

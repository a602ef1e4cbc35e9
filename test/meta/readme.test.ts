import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { readmeRuleTables, spliceRuleTables } from '../../scripts/support/readme-rule-tables';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('gives the two set-up commands and the test command', () => {
    expect(readme).toContain('npm install');
    expect(readme).toContain('npm run demo');
    expect(readme).toContain('npm test');
  });

  it('shows every bundled checklist, its vintage and source, and each rule with when it applies, as the checklists make them', () => {
    const tables = readmeRuleTables(BUNDLED_CHECKLISTS);
    for (const checklist of BUNDLED_CHECKLISTS) expect(tables).toContain(`reviewed ${checklist.vintage}`);
    // The generated part is exactly what `npm run readme:rules -- --write` writes today.
    expect(spliceRuleTables(readme, tables) === readme, 'README rule tables are stale: npm run readme:rules -- --write').toBe(true);
  });
});

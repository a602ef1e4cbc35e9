import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { ruleConditionWords } from '../../scripts/support/rule-condition-words';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('gives the two set-up commands and the test command', () => {
    expect(readme).toContain('npm install');
    expect(readme).toContain('npm run demo');
    expect(readme).toContain('npm test');
  });

  it('lists every bundled checklist with its vintage and every rule it runs', () => {
    for (const checklist of BUNDLED_CHECKLISTS) {
      expect(readme).toContain(`\`${checklist.id}\``);
      expect(readme).toContain(`reviewed ${checklist.vintage}`);
      for (const rule of checklist.rules) expect(readme).toContain(`\`${rule.id}\``);
    }
  });

  it("shows when each conditional rule applies, in its row (npm run readme:rules)", () => {
    for (const checklist of BUNDLED_CHECKLISTS) {
      for (const rule of checklist.rules.filter((candidate) => candidate.when || candidate.unless)) {
        const row = readme.split('\n').find((line) => line.startsWith(`| \`${rule.id}\` |`) && line.includes(rule.title));
        expect(row, rule.id).toContain(`| ${ruleConditionWords(rule)} |`);
      }
    }
  });
});

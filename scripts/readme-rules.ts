/**
 * The README's checklist tables, made from the bundled checklists: `npm run readme:rules` prints them;
 * `npm run readme:rules -- --write` puts them between the README's rules:start and rules:end markers
 * (test/meta/readme.test.ts fails when they differ from what this makes).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { BUNDLED_CHECKLISTS } from '../rules/checklists/index';
import { readmeRuleTables, spliceRuleTables } from './support/readme-rule-tables';

const tables = readmeRuleTables(BUNDLED_CHECKLISTS);
if (process.argv.includes('--write')) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', spliceRuleTables(readme, tables));
  console.log(`README.md: ${BUNDLED_CHECKLISTS.length} checklists written`);
} else {
  process.stdout.write(tables);
}

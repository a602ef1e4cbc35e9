/**
 * Prints the README's checklist tables from the bundled checklists: `npm run readme:rules`, then paste them
 * into README.md (test/meta/readme.test.ts fails when a checklist or rule is missing there).
 */
import { BUNDLED_CHECKLISTS } from '../rules/checklists/index';
import { ruleConditionWords } from './support/rule-condition-words';
for (const c of BUNDLED_CHECKLISTS) {
  const payers = (c.payers ?? ['any']).join(', ');
  const services = (c.services ?? ['any']).join(', ');
  console.log(`**${c.title}** (\`${c.id}\`; ${c.payer}; ${c.service}; payer ids: ${payers}; service ids: ${services}; reviewed ${c.vintage}). Source: [${c.source.policy}${c.source.section ? `, ${c.source.section}` : ''}](${c.source.url}) (${c.source.date}).${c.source.note?.includes('[verify]') ? ' *[verify]*' : ''}\n`);
  console.log('| rule | what it checks | applies | check | severity |\n|---|---|---|---|---|');
  for (const r of c.rules) console.log(`| \`${r.id}\` | ${r.title}${(r.source?.note ?? '').includes('[verify]') ? ' *[verify]*' : ''} | ${ruleConditionWords(r)} | ${r.check} | ${r.severity} |`);
  console.log();
}

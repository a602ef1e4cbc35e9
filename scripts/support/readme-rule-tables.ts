/**
 * The checklist tables of the README's "What it checks": one heading line and one table per checklist, a row
 * per rule with when it applies. Made from the checklists, so the README cannot drift from what runs.
 */
import type { CompiledChecklist } from '../../rules/compile-checklist';
import { ruleConditionWords } from './rule-condition-words';

export const RULES_START = '<!-- rules:start (generated: npm run readme:rules -- --write) -->';
export const RULES_END = '<!-- rules:end -->';

export function readmeRuleTables(checklists: readonly CompiledChecklist[]): string {
  return checklists.map((c) => {
    const payers = (c.payers ?? ['any']).join(', ');
    const services = (c.services ?? ['any']).join(', ');
    const section = c.source.section ? `, ${c.source.section}` : '';
    const head = `**${c.title}** (\`${c.id}\`; ${c.payer}; ${c.service}; payer ids: ${payers}; service ids: ${services}; reviewed ${c.vintage}). Source: [${c.source.policy}${section}](${c.source.url}) (${c.source.date}).`;
    const rows = c.rules.map((r) => `| \`${r.id}\` | ${r.title} | ${ruleConditionWords(r)} | ${r.check} | ${r.severity} |`);
    return [head, '', '| rule | what it checks | applies | check | severity |', '|---|---|---|---|---|', ...rows, ''].join('\n');
  }).join('\n');
}

/** The README with its generated tables replaced; an error when the markers are missing. */
export function spliceRuleTables(readme: string, tables: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${RULES_START} … ${RULES_END} markers`);
  return `${readme.slice(0, start + RULES_START.length)}\n${tables}${readme.slice(end)}`;
}

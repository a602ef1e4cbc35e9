/**
 * The payer's own criteria, point by point: for every applied checklist other than the general LMN list, each
 * rule about the documentation is stated (its title, cited to its policy), then the evidence the sources give
 * (the field the rule's finding pointed at), or a placeholder naming the rule when no source meets it. A rule
 * that did not apply to this letter is left out.
 */
import type { Checklist, Rule } from '../schema';
import type { DraftParagraph, DraftPart, DraftSource } from './draft';
import { placeholder } from './fill-sentence';
import type { LetterSources } from './letter-sources';
import { QuotedOnce, referBack } from './quoted-once';

/** The checklist every letter answers to; its items are the template's own sections, not restated as criteria. */
export const BASE_LMN_CHECKLIST = 'lmn-core';

/**
 * `shown`: "checklist/rule" of the placeholders the letter's body already shows; those are not repeated here.
 * `quoted`: the letter's quotations so far; evidence quoted already is referred back to, not quoted again.
 * `waiting`: what a body placeholder already asks for (askedFor), with that section's heading: another checklist's
 * criterion asking the same thing points there instead of a second placeholder for one thing.
 */
export function criteriaParagraphs(
  sources: LetterSources, intro: string | undefined, shown: ReadonlySet<string>, quoted: QuotedOnce = new QuotedOnce(), waiting: ReadonlyMap<string, string> = new Map(),
): DraftParagraph[] {
  const paragraphs: DraftParagraph[] = [];
  const checklists = sources.checklists();
  for (const checklist of checklists) {
    if (checklist.id === BASE_LMN_CHECKLIST) continue;
    const rules = checklist.rules.filter((rule) => isDocumentationRule(rule) && sources.itemState(checklist.id, rule.id) !== 'not-applicable' && !shown.has(`${checklist.id}/${rule.id}`));
    if (rules.length === 0) continue;
    // "Any payer — …" reads as if the letter were to every payer: a checklist for any payer is named by its title alone.
    paragraphs.push({ parts: [{ text: /^any payer\b/i.test(checklist.payer) ? checklist.title : `${checklist.payer} — ${checklist.title}`, source: policyOf(checklist, undefined) }] });
    for (const rule of rules) paragraphs.push({ parts: criterionParts(checklist, rule, sources, quoted, waiting) });
  }
  // No payer checklist applied (a Cigna letter, a payer ClaimLint has no checklist for): the definitions the general
  // LMN checklist's rules cite on their own (Cigna's medical necessity definitions) are the criteria addressed.
  const base = checklists.find((checklist) => checklist.id === BASE_LMN_CHECKLIST);
  if (paragraphs.length === 0 && base) {
    const cited = base.rules.filter((rule) => rule.source && isDocumentationRule(rule) && !shown.has(`${base.id}/${rule.id}`));
    for (const [policy, rules] of groupByPolicy(cited)) {
      // Named as the definition it is, not as the plan's own: the plan may be one ClaimLint has no checklist for.
      paragraphs.push({ parts: [{ text: `Medical necessity as defined in ${policy}`, source: policyOf(base, rules[0]) }] });
      for (const rule of rules) paragraphs.push({ parts: criterionParts(base, rule, sources, quoted, waiting) });
    }
  }
  if (paragraphs.length > 0 && intro) paragraphs.unshift({ parts: [{ text: intro }] });
  return paragraphs;
}

function groupByPolicy(rules: Rule[]): Map<string, Rule[]> {
  const groups = new Map<string, Rule[]>();
  for (const rule of rules) groups.set(rule.source!.policy, [...(groups.get(rule.source!.policy) ?? []), rule]);
  return groups;
}

function criterionParts(checklist: Checklist, rule: Rule, sources: LetterSources, quoted: QuotedOnce, waiting: ReadonlyMap<string, string>): DraftPart[] {
  const stated: DraftPart[] = [{ text: '• ' }, { text: rule.title, source: policyOf(checklist, rule) }, { text: ': ' }];
  if (sources.itemState(checklist.id, rule.id) === 'met') {
    const evidence = sources.findings(checklist.id, rule.id)
      .filter(({ finding }) => finding.status === 'pass')
      .map(({ finding, position }) => sources.fieldOf(finding, position))
      .find((value) => value !== null);
    if (evidence) {
      const text = evidence.field.value.trim();
      const earlier = quoted.earlier([text], 'within');
      if (earlier !== null) return [...stated, referBack(earlier)];
      quoted.record([text], rule.title);
      return [...stated, { text, source: evidence.source }];
    }
  }
  const asked = askedFor(rule).map((key) => waiting.get(key)).find((heading) => heading !== undefined);
  if (asked) return [...stated, { text: `see the placeholder under “${asked}” above.` }];
  return [...stated, placeholder({ checklistId: checklist.id, ruleId: rule.id, what: lowerFirst(rule.title) })];
}

/**
 * What a rule asks the documentation for, as keys two rules share when they ask the same thing: the same detector
 * on a concept ("measurable-goals|doc.goals": Premera's goals criterion and lmn-core's expected benefits), or, for a
 * rule without a detector, the same check on the same concepts (a prognosis is not asked for by a goals rule).
 */
export function askedFor(rule: Pick<Rule, 'check' | 'options'>): string[] {
  const concepts = documentationConcepts(rule);
  const detector = rule.options?.['detector'];
  if (typeof detector === 'string') return concepts.map((concept) => `${detector}|${concept}`);
  return concepts.length > 0 ? [`${rule.check}|${[...concepts].sort().join(',')}`] : [];
}

/** The documentation concepts (doc.*) a rule reads, from its options. */
export function documentationConcepts(rule: Pick<Rule, 'options'>): string[] {
  const options = rule.options ?? {};
  const concepts = Array.isArray(options['concepts']) ? options['concepts'] : typeof options['concept'] === 'string' ? [options['concept']] : [];
  return concepts.filter((concept): concept is string => typeof concept === 'string' && concept.startsWith('doc.'));
}

/** A rule about what the documentation says (a component's concept), not about codes, units or claim boxes. */
function isDocumentationRule(rule: Rule): boolean {
  return documentationConcepts(rule).length > 0;
}

function policyOf(checklist: Checklist, rule: Rule | undefined): DraftSource {
  const cited = rule?.source ?? checklist.source;
  return { kind: 'policy', policy: cited.policy, ...(cited.section && { section: cited.section }), date: cited.date, url: cited.url };
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

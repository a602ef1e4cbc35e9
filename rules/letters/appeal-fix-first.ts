/**
 * "Fix before you appeal": what would make the appeal fail on its own evidence. For each reason code, the
 * checklist items it points at that no checked document meets (a CO-50 for a claim whose plan of care has no
 * measurable goals), items no document could be checked for, codes that are not denials or cannot be appealed,
 * and codes ClaimLint does not know. Met in one checked document is met; nothing here is a guess.
 */
import { deniesNothing } from '../denials/denial-codes';
import type { Denial, DenialReason } from '../denials/denial';
import { knownCode, reasonLabel } from './appeal-answers';
import type { AppealEvidence } from './appeal-evidence';
import type { DraftParagraph, DraftPart } from './draft';

export function fixFirstParagraphs(reasons: readonly DenialReason[], denial: Denial, evidence: AppealEvidence): DraftParagraph[] {
  const paragraphs: DraftParagraph[] = [];
  if (evidence.sources.length === 0) {
    paragraphs.push({ parts: [{ text: 'No documentation was checked with this denial: check the plan of care, the letter of medical necessity and the visit notes the appeal rests on before sending it.' }] });
  }
  const seen = new Set<string>();
  const unchecked = new Set<string>();
  for (const reason of reasons) {
    const label = reasonLabel(reason);
    const code = { text: label, source: { kind: 'denial' as const, what: `${denial.source.what}: reason code` } };
    const entry = knownCode(reason);
    if (!entry) {
      paragraphs.push({ parts: [code, { text: ': ClaimLint does not know this code. Read what the payer\'s notice says it means before you answer it.' }] });
      continue;
    }
    if (deniesNothing(entry.family)) {
      paragraphs.push({ parts: [code, { text: `: ${entry.means} ${entry.appealAnswers}` }] });
      continue;
    }
    if (entry.code === 'MA130') {
      paragraphs.push({ parts: [code, { text: `: ${entry.appealAnswers}` }] });
      continue;
    }
    for (const link of entry.checklistRules) {
      const key = `${link.checklistId}/${link.ruleId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const found = evidence.findings(link.checklistId, link.ruleId);
      if (found.length === 0) {
        if (evidence.sources.length > 0) unchecked.add(link.checklistId);
        continue;
      }
      if (found.some(({ finding }) => finding.status === 'pass')) continue;
      // An item that stood aside for a payer's own (not applicable) is judged by the payer's items on the same
      // concepts: each of them the payer's checklist fails is a gap, unless another document meets that item.
      const standIns = found.filter(({ finding }) => finding.status === 'notApplicable')
        .flatMap(({ position }) => evidence.standInFindings(link.checklistId, link.ruleId, position));
      const metStandIns = new Set(standIns.filter(({ finding }) => finding.status === 'pass').map(({ finding }) => `${finding.checklistId}/${finding.ruleId}`));
      const judged = [
        ...found.filter(({ finding }) => finding.status !== 'notApplicable'),
        ...standIns.filter(({ finding }) => (finding.status === 'fail' || finding.status === 'cantTell') && !metStandIns.has(`${finding.checklistId}/${finding.ruleId}`)),
      ];
      if (judged.length === 0) continue;
      for (const { finding, position } of judged) {
        const shown = `${position}:${finding.checklistId}/${finding.ruleId}/${finding.fieldKey ?? ''}`;
        if (seen.has(shown)) continue;
        seen.add(shown);
        paragraphs.push(findingParagraph(code, finding, evidence, position));
      }
    }
  }
  if (unchecked.size > 0) {
    paragraphs.push({ parts: [{ text: `No checked document was checked against ${[...unchecked].join(', ')}: the reasons point at those checklists, so check the documents they cover (the plan of care, the letter, the notes, the claim) before you appeal.` }] });
  }
  return paragraphs;
}

function findingParagraph(code: DraftPart, finding: ReturnType<AppealEvidence['findings']>[number]['finding'], evidence: AppealEvidence, position: number): DraftParagraph {
  const field = evidence.fieldOf(finding, position);
  const state = finding.status === 'fail' ? '' : ' (ClaimLint could not tell)';
  const message: DraftPart = field ? { text: finding.message, source: field.source } : { text: finding.message };
  return { parts: [code, { text: ` — ${finding.title}${state}: ` }, message, { text: ` Fix: ${finding.fix}` }] };
}

/**
 * draftAppeal: the appeal of a denied claim, drafted from the denial (an 835, an EOB or ClaimResponse, or one typed
 * in) and the checked documentation. It opens with what to fix before appealing (the reason codes' checklist items
 * the documents fail), then the letter: addressed to the payer's appeals department, the claim, patient, dates of
 * service, the denial's date and reasons in plain words, the answer to each reason quoted from the sources (or a
 * placeholder naming the checklist item), the enclosures, and the deadline and external review. Nothing is
 * invented: every patient value is copied from the denial or a field, with its source. What to fix first, the
 * deadline and external review are the draft's notes (for the biller), not sections of the letter.
 */
import { deniesNothing } from '../denials/denial-codes';
import { statedAppealLimit } from '../denials/stated-limit';
import { appealDeadlines, appealPlanTypeNamed, appealPlanTypeOfFilingIndicator, type AppealDeadlines, type AppealPlanType } from '../denials/appeal-deadline';
import { allDenialReasons, type Denial } from '../denials/denial';
import { answerParagraphs, APPEAL_CHECKLIST_ID, knownCode, placeholder, reasonParts, type CodeDescriptions } from './appeal-answers';
import { AppealEvidence, type AppealSource } from './appeal-evidence';
import { fixFirstParagraphs } from './appeal-fix-first';
import type { DraftGap, DraftParagraph, DraftPart, DraftSection, LetterDraft } from './draft';

export interface AppealInput {
  denial: Denial;
  /** The checked documentation (claim, plan of care, letter, notes), each with the result of checking it. */
  sources?: readonly AppealSource[];
  /** The user's answer; else read from the 835's claim filing indicator or the payer names; else every plan type's deadline is listed. */
  planType?: AppealPlanType;
  /** Official ICD-10-CM descriptions; absent, a diagnosis is quoted as the source wrote it. */
  descriptions?: CodeDescriptions;
}

export const APPEAL_TEMPLATE_ID = 'appeal';

const STEP_WORDS: Record<AppealPlanType, string> = {
  erisa: 'an internal appeal', marketplace: 'an internal appeal', medicare: 'a redetermination',
  'medicare-advantage': 'a reconsideration', 'state-or-other': 'an appeal',
};

/** The appeal draft for one denial. Pure: the same denial and sources give the same draft. */
export function draftAppeal(input: AppealInput): LetterDraft {
  const { denial } = input;
  const evidence = new AppealEvidence(input.sources ?? []);
  const planType = input.planType ?? planTypeShown(denial, evidence);
  const reasons = allDenialReasons(denial);
  const deadlines = appealDeadlines(denial.denialDate, planType);
  const sections: DraftSection[] = [
    { id: 'addressee', heading: 'To', paragraphs: addresseeParagraphs(denial, evidence) },
    { id: 'claim', heading: 'Re: appeal of a denied claim', paragraphs: claimParagraphs(denial, evidence) },
    { id: 'request', heading: 'Request', paragraphs: requestParagraphs(denial, reasons, planType) },
    { id: 'answers', heading: 'Why the denial should be reversed', paragraphs: answerParagraphs(reasons, denial, evidence, input.descriptions) },
    { id: 'signature', heading: 'Signature', paragraphs: signatureParagraphs(evidence) },
  ];
  // For the biller, not the payer: what to fix first and the time limits are kept out of the letter itself.
  const notes: DraftSection[] = [
    { id: 'fix-first', heading: 'Fix before you appeal', paragraphs: fixFirstParagraphs(reasons, denial, evidence) },
    { id: 'deadline', heading: 'Deadline', paragraphs: [...statedLimitParagraphs(denial), ...deadlineParagraphs(deadlines)] },
    { id: 'external-review', heading: 'External review', paragraphs: externalReviewParagraphs(deadlines) },
  ];
  return {
    type: 'appeal',
    templateId: APPEAL_TEMPLATE_ID,
    title: 'Appeal of a denied claim',
    sections,
    gaps: [...sections, ...notes].flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.parts.flatMap(gapOf))),
    enclosures: enclosures(reasons),
    notes,
  };
}

/**
 * The kind of plan the payer's own coding of the claim (835 CLP06) and the payer's name show. When they disagree
 * (CLP06 MA, Medicare Part A, from a "Medicare Advantage" plan) neither is taken: every plan type's deadline is
 * listed rather than a later one that may be wrong.
 */
function planTypeShown(denial: Denial, evidence: AppealEvidence): AppealPlanType | undefined {
  const byCode = appealPlanTypeOfFilingIndicator(denial.claimFilingIndicator);
  const byName = appealPlanTypeNamed([denial.payerName ?? '', ...evidence.allValues('payer.name')]);
  return byCode && byName && byCode !== byName ? undefined : byCode ?? byName;
}

function addresseeParagraphs(denial: Denial, evidence: AppealEvidence): DraftParagraph[] {
  const payer = denial.payerName
    ? { text: denial.payerName, source: { kind: 'denial' as const, what: `${denial.source.what}: payer` } }
    : valueOr(evidence, ['payer.name'], gap('payer', 'the payer\'s name, as on the denial notice'));
  return [
    { parts: [payer, { text: ', Appeals Department' }] },
    { parts: [denial.appealsAddress
      ? { text: denial.appealsAddress, source: { kind: 'denial', what: `${denial.source.what}: appeals address` } }
      : placeholder(gap('appeals-address', 'the appeals address or fax number printed on the denial notice'))] },
  ];
}

function claimParagraphs(denial: Denial, evidence: AppealEvidence): DraftParagraph[] {
  const fromDenial = (text: string | undefined, what: string): DraftPart | undefined =>
    text ? { text, source: { kind: 'denial', what: `${denial.source.what}: ${what}` } } : undefined;
  const named = fromDenial(denial.patientName, 'patient') ?? valueOr(evidence, ['patient.name'], undefined);
  const patient = named ? [named] : joinedName(evidence) ?? [placeholder(gap('patient-name', 'the patient\'s name'))];
  const member = fromDenial(denial.memberId, 'member ID') ?? valueOr(evidence, ['patient.memberId'], gap('member-id', 'the member ID'));
  const claim = fromDenial(denial.claimId, 'claim number') ?? placeholder(gap('claim-number', 'the claim number on the denial notice'));
  // Each date once: a claim with two lines on one day lists that day once, not "2006-10-03, 2006-10-03".
  const lineDates = evidence.values(['line.dateFrom']).filter((value, index, all) => all.findIndex((other) => other.field.value.trim() === value.field.value.trim()) === index);
  const dates: DraftPart[] = denial.datesOfService
    ? [fromDenial(denial.datesOfService.from, 'dates of service')!, ...(denial.datesOfService.to ? [{ text: ' to ' }, fromDenial(denial.datesOfService.to, 'dates of service')!] : [])]
    : lineDates.length > 0
      ? lineDates.flatMap((value, index) => [...(index > 0 ? [{ text: ', ' }] : []), { text: value.field.value.trim(), source: value.source }])
      : [placeholder(gap('dates-of-service', 'the dates of service denied'))];
  const denialDate = fromDenial(denial.denialDate, 'date') ?? placeholder(gap('denial-date', 'the date of the denial notice'));
  const payerNumber = fromDenial(denial.payerClaimNumber, 'payer claim number');
  return [
    { parts: [{ text: 'Patient: ' }, ...patient] },
    { parts: [{ text: 'Member ID: ' }, member] },
    { parts: [{ text: 'Claim number: ' }, claim, ...(payerNumber ? [{ text: ' (payer reference ' }, payerNumber, { text: ')' }] : [])] },
    { parts: [{ text: 'Dates of service: ' }, ...dates] },
    { parts: [{ text: 'Date of the denial: ' }, denialDate] },
  ];
}

function requestParagraphs(denial: Denial, reasons: ReturnType<typeof allDenialReasons>, planType: AppealPlanType | undefined): DraftParagraph[] {
  const step = planType ? STEP_WORDS[planType] : 'a review';
  const appealable = reasons.filter((reason) => !deniesNothing(knownCode(reason)?.family));
  return [
    { parts: [{ text: `I am writing to request ${step} of the denial of the claim above. The denial gives ${appealable.length === 1 ? 'this reason' : 'these reasons'}:` }] },
    ...appealable.map((reason) => ({ parts: reasonParts(reason, denial) })),
    ...(denial.notes ?? []).map((note) => ({ parts: [{ text: 'The payer\'s notice says: ' }, { text: note, source: { kind: 'denial' as const, what: `${denial.source.what}: note` } }] })),
    { parts: [{ text: 'The documentation below answers each reason, and the enclosed records support it. I ask that the claim be reprocessed and paid.' }] },
  ];
}

function signatureParagraphs(evidence: AppealEvidence): DraftParagraph[] {
  const name = valueOr(evidence, ['provider.name'], { checklistId: 'lmn-core', ruleId: 'provider-name', what: 'the treating provider\'s name' });
  const credentials = valueOr(evidence, ['provider.credentials'], { checklistId: 'lmn-core', ruleId: 'provider-credentials', what: 'the treating provider\'s credentials' });
  const npi = valueOr(evidence, ['provider.npi'], { checklistId: 'lmn-core', ruleId: 'provider-npi', what: 'the treating provider\'s NPI' });
  return [{ parts: [{ text: 'Sincerely,' }] }, { parts: [name, { text: ', ' }, credentials] }, { parts: [{ text: 'NPI ' }, npi] }];
}

/** The notice's own limit, first: a plan may print a shorter one than the law ClaimLint counts from gives. */
function statedLimitParagraphs(denial: Denial): DraftParagraph[] {
  const stated = statedAppealLimit(denial.notes ?? [], denial.denialDate, denial.appealBy);
  if (!stated) return [];
  const quoted: DraftPart = { text: `“${stated.words}”`, source: { kind: 'denial', what: denial.source.what } };
  const due = stated.due ? ` — due by ${stated.due}${stated.days !== undefined ? ' (counted from the notice date)' : ''}` : '';
  return [{ parts: [{ text: 'The notice says: ' }, quoted, { text: `${due}. Meet the earlier of this and the limit below.` }] }];
}

function deadlineParagraphs(deadlines: AppealDeadlines): DraftParagraph[] {
  const intro: DraftParagraph[] = deadlines.planType ? [] : [{ parts: [{ text: 'ClaimLint cannot tell the kind of plan; the time limit depends on it:' }] }];
  return [...intro, ...deadlines.deadlines.map((deadline) => {
    const parts: DraftPart[] = [{ text: `${deadline.planWords}, ${deadline.step}: ` }];
    if (deadline.due) parts.push({ text: `due by ${deadline.due}`, source: { kind: 'policy', policy: deadline.source.policy, section: deadline.source.section, date: deadline.source.date, url: deadline.source.url } }, { text: ` (${deadline.counting}).` });
    else parts.push({ text: `${deadline.counting}.`, source: { kind: 'policy', policy: deadline.source.policy, section: deadline.source.section, date: deadline.source.date, url: deadline.source.url } });
    return { parts };
  })];
}

function externalReviewParagraphs(deadlines: AppealDeadlines): DraftParagraph[] {
  return deadlines.externalReview.map((note, index) => ({
    parts: [
      ...(deadlines.planType ? [] : [{ text: `${deadlines.deadlines[index]?.planWords ?? note.planType}: ` }]),
      { text: note.words, source: { kind: 'policy', policy: note.source.policy, section: note.source.section, date: note.source.date, url: note.source.url } },
    ],
  }));
}

function enclosures(reasons: ReturnType<typeof allDenialReasons>): string[] {
  const documents = reasons.flatMap((reason) => {
    const entry = knownCode(reason);
    return entry && !deniesNothing(entry.family) ? entry.documents : [];
  });
  return [...new Set(['a copy of the denial notice or remittance advice', ...documents])];
}

function valueOr(evidence: AppealEvidence, concepts: Parameters<AppealEvidence['first']>[0], missing: DraftGap): DraftPart;
function valueOr(evidence: AppealEvidence, concepts: Parameters<AppealEvidence['first']>[0], missing: undefined): DraftPart | undefined;
function valueOr(evidence: AppealEvidence, concepts: Parameters<AppealEvidence['first']>[0], missing: DraftGap | undefined): DraftPart | undefined {
  const found = evidence.first(concepts);
  if (found) return { text: found.field.value.trim(), source: found.source };
  return missing ? placeholder(missing) : undefined;
}

/** "First Last" from separate name fields, each its own part with its own source. */
function joinedName(evidence: AppealEvidence): DraftPart[] | undefined {
  const names = [evidence.first(['patient.firstName']), evidence.first(['patient.lastName'])].filter((value) => value !== undefined);
  if (names.length === 0) return undefined;
  return names.flatMap((value, index) => [...(index > 0 ? [{ text: ' ' }] : []), { text: value.field.value.trim(), source: value.source }]);
}

function gap(ruleId: string, what: string): DraftGap {
  return { checklistId: APPEAL_CHECKLIST_ID, ruleId, what };
}

function gapOf(part: DraftPart): DraftGap[] {
  return 'placeholder' in part ? [part.placeholder] : [];
}

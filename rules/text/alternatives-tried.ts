import { affirmedCues, clauses, DATE, findAll, NEGATION, HYPOTHETICAL, pattern, quote, RANGE, type Span } from './match';
import type { TextDetection } from './types';

const TREATMENTS = [
  pattern(String.raw`\b(?:physical therapy|physiotherapy|occupational therapy|chiropractic|chiro|spinal manipulation|manipulation|adjustments|osteopathic|OMT|massage|acupuncture|dry needling|home exercises?|HEP|exercises?|stretching|strengthening|yoga|pilates|TENS|e-?stim|ultrasound|traction|ice|heat|cryotherapy|bracing|brace|splint(?:ing)?|orthotics?|kinesio ?taping|taping|cervical collar|injections?|ESIs?|epidurals?|TPIs?|cortisone|corticosteroids?|steroids?|nerve blocks?|RFA|radiofrequency ablation|surgery|medications?|meds|NSAIDs?|ibuprofen|naproxen|Advil|Motrin|Aleve|meloxicam|Mobic|diclofenac|celecoxib|Celebrex|acetaminophen|Tylenol|analgesics?|muscle relaxants?|cyclobenzaprine|Flexeril|methocarbamol|Robaxin|tizanidine|baclofen|gabapentin|Neurontin|pregabalin|Lyrica|duloxetine|Cymbalta|prednisone|Medrol|methylprednisolone|opioids?|tramadol|hydrocodone|oxycodone|lidocaine|topicals?|Voltaren|Biofreeze|(?<!at\s)rest(?!\s+of\b)|activity modification|ergonomic\w*|work modifications?|psychotherapy|counseling|counselling|therapy|CBT|DBT|EMDR|talk therapy|support group|IOP|PHP|intensive outpatient|partial hospitali[sz]ation|hospitali[sz]ation|SSRIs?|SNRIs?|antidepressants?|sertraline|Zoloft|fluoxetine|Prozac|escitalopram|Lexapro|citalopram|Celexa|paroxetine|Paxil|bupropion|Wellbutrin|venlafaxine|Effexor|mirtazapine|buspirone|hydroxyzine|benzodiazepines?|trazodone|self-care)\b`),
  // Capitalised on purpose: "PT" is physical therapy, "pt" and "Pt" are the patient.
  pattern(String.raw`\b(?:PT|OT)\b`, 'g'),
];

// How long, or how many: "6 weeks", "x 8 visits", "several months", "01/2025–03/2025", "since March".
const DURATIONS = [
  // "6 weeks", "12 PT visits", "8 chiro sessions"
  String.raw`\b(?:${RANGE}|a few|a couple of|several|many|multiple|numerous|a|an)\s*-?\s*(?:(?:PT|OT|chiro|CBT|DBT|therapy|massage|counseling|acupuncture|injection)\s+)?(?:days?|weeks?|wks?|wk|months?|mos?|mo|years?|yrs?|visits?|sessions?|treatments?|tx|appointments?|appts?)\b(?!\s+ago\b)`,
  String.raw`\b${RANGE}\s*(?:\w+\s+){0,2}?(?:injections?|rounds?|courses?|adjustments?|ESIs?|TPIs?)\b`,
  String.raw`\bx\s*\d+\b(?!\s*\/)`,
  String.raw`\bsince\s+${DATE}`,
  String.raw`${DATE}\s*(?:-|–|—|to|through|thru|until)\s*(?:${DATE}|present|now|current)`,
].map((source) => pattern(source));

const OUTCOMES = [
  String.raw`\b(?:without|w\/o|with(?:out)?\s+(?:only\s+)?(?:minimal|minor|some|partial|temporary|transient|limited|little|no|slight|moderate|significant|good|mild|short-term|brief|modest))\s+(?:\w+\s+)?(?:relief|improvement|benefit|change|effect|results?|response|gains?|success|help)\b`,
  String.raw`\bno\s+(?:\w+\s+)?(?:relief|improvement|change|benefit|effect|response|help|better)\b`,
  // "neither gave lasting relief", "provided only brief benefit"
  String.raw`\b(?:gave|give|gives|provided|provides|brought|offered|produced)\s+(?:[\w-]+\s+){0,2}?(?:relief|improvement|benefit|results?)\b`,
  String.raw`\b(?:minimal|min|minor|some|partial|temporary|transient|limited|little|slight|moderate|mod|significant|sig|short-lived|short-term|brief|modest|mild|good|initial)\.?\s+(?:\w+\s+)?(?:relief|improvement|benefit|response|gains?|help|progress)\b`,
  // "relief lasted < 2 wks", "minimally effective", "too sedating"
  String.raw`\brelief\s+(?:only\s+)?(?:lasted|lasting|wore off)\b|\bwore off\b|\b(?:minimally|partially|somewhat|marginally|not very)\s+(?:effective|helpful|beneficial)\b|\btoo\s+(?:sedating|drowsy)\b|\b(?:sedation|dizziness|nausea|intolerable)\b`,
  String.raw`\b(?:did\s*n[o’']t|does\s*n[o’']t|didn[’']t|doesn[’']t|failed to|not)\s+(?:\w+\s+)?(?:help|improve|relieve|resolve|work|tolerate|reduce)\w*\b`,
  // "neither reduced how often the headaches occur", "none of these relieved the spasm", "nothing has helped"
  String.raw`\b(?:neither|none(?:\s+of\s+(?:these|them|those|which|the above))?|nothing)\s+(?:\w+\s+){0,2}?(?:helped|reduced|relieved|improved|changed|resolved|worked|lessened|decreased|eased|controlled|prevented|stopped|gave|provided|made a difference)\b`,
  // What is left after the treatment: "pain still 7/10", "still unable to sit > 20 min", "pain remains 6/10". Not
  // "still doing HEP" (still in treatment) nor "for ongoing pain" (why it was given, not how it went).
  String.raw`\bstill\s+(?:has\s+|having\s+|reports?\s+|rates?\s+|at\s+|with\s+)?(?:\w+\s+)?(?:pain|painful|hurts?|aching|sore|symptomatic|sx|numb(?:ness)?|tingling|unable|cannot|can[’']?t|limited|\d+(?:\.\d+)?\s*\/\s*10)\b`,
  String.raw`\b(?:pain|sx|symptoms?|numbness|tingling|spasms?|limitations?)\s+(?:remains?|remained|continues?|unresolved)\b`,
  // "progressed despite six weeks of NSAIDs": the problem went on in spite of the treatment.
  String.raw`\b(?:despite|in spite of)\b`,
  String.raw`\b(?:not helpful|unhelpful|ineffective|not effective|failed|unsuccessful|worse|worsened|worsening|declined|deteriorated|regressed|regression|plateaued|recurred|recurrence|relapsed?|returned|came back|persisted|persists|persistent|unchanged|side effects?|not tolerated|intolerance|GI upset|drowsiness|discontinued|stopped|helped|improved|resolved|relieved|temporarily)\b`,
].map((source) => pattern(source));

// Planned or suggested treatment is not treatment tried: "will start HEP", "consider ESI", "candidate for PT".
const NOT_TRIED = String.raw`${NEGATION}|${HYPOTHETICAL}|\b(?:will|plan(?:s|ned|ning)? to|recommend(?:s|ed|ing)?|consider(?:s|ed|ing)?|refer(?:ral)? to|candidate for|may|might|could|should|would|to start|to begin|to try|to trial|pending|scheduled for|awaiting|next step|interested in|would like to|wants to)\b|\b(?:pt|patient|client|she|he|they)\s+(?:declined|declines|refused|refuses)\b`;
// Outcome words that contain a negation: "no relief from PT" reports PT, it does not deny it.
const OUTCOME_NEGATION = String.raw`\b(?:no|without|w\/o|not)\s+(?:\w+\s+)?(?:relief|improvement|change|benefit|help|lasting|significant|sustained|better|effective|helpful|tolerated)\b|\bdid\s*n[o’']t\s+(?:help|work|improve)\b`;

type Part = 'treatment' | 'duration' | 'outcome';

// "Neither ibuprofen nor stretching helped" names two treatments tried; "neither PT nor chiropractic was tried" none.
const NEITHER_HELPED = pattern(String.raw`^\W*neither\b[^.;\n]{0,120}\bnor\b[^.;\n]{0,80}?\b(?:helped|reduced|relieved|improved|changed|resolved|worked|lessened|eased|gave|provided|made)\b`, 'i');
const NOT_TRIED_BUT_NEITHER = NOT_TRIED.replace('|neither|nor|', '|');

// Care the writer is giving is not an alternative tried before it: "Treatment has consisted of chiropractic
// manipulation (98941) three times a week", "I have treated her twice a week since 09/02". A billing code in
// parentheses is the writer's own claim line; care named with words of elsewhere or before stays a prior treatment.
const WRITERS_CARE = pattern(String.raw`\((?:CPT\s*)?(?:\d{5}|[A-V]\d{4})(?:\s*[,/]\s*(?:\d{5}|[A-V]\d{4}))*\)|\b(?:I|we)\s+(?:have\s+)?(?:been\s+)?(?:treat(?:ed|ing)|provid(?:ed|ing)|perform(?:ed|ing)|administer(?:ed|ing)|deliver(?:ed|ing))\b|\b(?:my|our) (?:treatment|care|plan of care)\b|\bunder (?:my|our) care\b|\b(?:in|at) (?:this|my|our) (?:office|clinic|practice)\b`);
const ELSEWHERE = pattern(String.raw`\b(?:prior|previous(?:ly)?|earlier|elsewhere|another|outside|past|before (?:coming|presenting|starting|referral|seeing)|last year|in \d{4})\b`);

function partsIn(text: string, span: Span): Set<Part> {
  const parts = new Set<Part>();
  const triggers = NEITHER_HELPED.test(quote(text, span)) ? NOT_TRIED_BUT_NEITHER : NOT_TRIED;
  const writersCare = findAll(text, WRITERS_CARE, span).length > 0 && findAll(text, ELSEWHERE, span).length === 0;
  if (!writersCare && affirmedCues(text, span, TREATMENTS, { triggers, pseudo: OUTCOME_NEGATION }).length > 0) parts.add('treatment');
  if (DURATIONS.some((regex) => findAll(text, regex, span).length > 0)) parts.add('duration');
  if (OUTCOMES.some((regex) => findAll(text, regex, span).length > 0)) parts.add('outcome');
  return parts;
}

/**
 * Alternatives tried: a prior treatment WITH how long it was tried AND how it went ("NSAIDs for 3 months with
 * minimal improvement"). A treatment clause may take its duration or outcome from the next clause when that one
 * names no treatment ("Ibuprofen x 4 weeks; GI upset, discontinued"). A bare list is partial: found is false,
 * missing names 'duration' and/or 'outcome', evidence quotes the treatments named.
 */
export function detectAlternativesTried(text: string): TextDetection {
  const spans = clauses(text);
  const candidates: { span: Span; parts: Set<Part> }[] = [];
  spans.forEach((span, i) => {
    const parts = partsIn(text, span);
    if (!parts.has('treatment')) return;
    const next = spans[i + 1];
    const nextParts = next && partsIn(text, next);
    if (next && nextParts && !nextParts.has('treatment') && [...nextParts].some((part) => !parts.has(part))) {
      candidates.push({ span: { start: span.start, end: next.end }, parts: new Set([...parts, ...nextParts]) });
    } else {
      candidates.push({ span, parts });
    }
  });
  const complete = candidates.filter((candidate) => candidate.parts.size === 3);
  if (complete.length > 0) return { found: true, evidence: complete.map((candidate) => quote(text, candidate.span)) };
  // Report what the most nearly complete treatment lacks.
  const best = candidates.reduce<Set<Part>>((most, candidate) => (candidate.parts.size > most.size ? candidate.parts : most), new Set());
  return {
    found: false,
    evidence: candidates.map((candidate) => quote(text, candidate.span)),
    missing: (['treatment', 'duration', 'outcome'] as const).filter((part) => !best.has(part)),
  };
}

import { describe, expect, it } from 'vitest';
import { detectAlternativesTried } from './alternatives-tried';

// [text, the treatment quoted back with its duration and outcome]
const tried: [string, string][] = [
  ['6 weeks of home exercise without relief', '6 weeks of home exercise without relief'],
  ['12 weeks of physical therapy; neither gave lasting relief', '12 weeks of physical therapy; neither gave lasting relief'],
  ['NSAIDs for 3 months with minimal improvement.', 'NSAIDs for 3 months with minimal improvement'],
  ['Chiropractic care x 8 visits, pain returned', 'Chiropractic care x 8 visits, pain returned'],
  ['PT x 6 wks in 2024, minimal relief', 'PT x 6 wks in 2024, minimal relief'],
  ['Ibuprofen 600 mg TID x 4 weeks; GI upset, discontinued', 'Ibuprofen 600 mg TID x 4 weeks; GI upset, discontinued'],
  ['Tried massage 4 sessions, temporary relief only', 'Tried massage 4 sessions, temporary relief only'],
  ['Cyclobenzaprine 10 mg qhs for 2 weeks did not help', 'Cyclobenzaprine 10 mg qhs for 2 weeks did not help'],
  ['Sertraline 50 mg x 6 months, partial response', 'Sertraline 50 mg x 6 months, partial response'],
  ['CBT for 12 sessions in 2024 with some improvement in sleep', 'CBT for 12 sessions in 2024 with some improvement in sleep'],
  ['Home exercise program daily for 8 weeks without lasting relief', 'Home exercise program daily for 8 weeks without lasting relief'],
  ['3 trigger point injections over 2 months, no lasting benefit', '3 trigger point injections over 2 months, no lasting benefit'],
  ['PT 2x/week for 6 weeks in spring 2025 — symptoms persisted', 'PT 2x/week for 6 weeks in spring 2025 — symptoms persisted'],
  ['Acupuncture x 10 visits with short-lived relief', 'Acupuncture x 10 visits with short-lived relief'],
  ['Yoga and stretching for several months, no change', 'Yoga and stretching for several months, no change'],
  ['Previous chiropractic adjustments (12 visits), helped temporarily', 'Previous chiropractic adjustments (12 visits), helped temporarily'],
  ['OTC Tylenol and Advil for 3 wks without improvement', 'OTC Tylenol and Advil for 3 wks without improvement'],
  ['Physical therapy 01/2025–03/2025 with partial improvement', 'Physical therapy 01/2025–03/2025 with partial improvement'],
  ['Heat/ice and rest for 2 weeks, no better', 'Heat/ice and rest for 2 weeks, no better'],
  ['Medrol Dosepak x 6 days, temporary improvement', 'Medrol Dosepak x 6 days, temporary improvement'],
  ['Gabapentin 300 mg since March, minimal benefit', 'Gabapentin 300 mg since March, minimal benefit'],
  ['Counseling with school counselor x 3 months; anxiety persisted', 'Counseling with school counselor x 3 months; anxiety persisted'],
  ['Lidocaine patches for 1 month — not helpful', 'Lidocaine patches for 1 month — not helpful'],
  ['Bracing for 6 weeks failed to relieve symptoms', 'Bracing for 6 weeks failed to relieve symptoms'],
  ['Conservative care incl. HEP for 3 months, pain unchanged', 'Conservative care incl. HEP for 3 months, pain unchanged'],
  ['Massage therapy 6 sessions in 2025 with improvement but pain returned after 2 weeks',
    'Massage therapy 6 sessions in 2025 with improvement but pain returned after 2 weeks'],
  ['Escitalopram 10 mg x 8 weeks, discontinued due to side effects', 'Escitalopram 10 mg x 8 weeks, discontinued due to side effects'],
  ['TENS unit at home for 1 month with little relief', 'TENS unit at home for 1 month with little relief'],
  ['Dry needling x4 sessions, no lasting change', 'Dry needling x4 sessions, no lasting change'],
  ['Group therapy for 6 months, relapsed after discharge', 'Group therapy for 6 months, relapsed after discharge'],
  ['Prior PT for this episode: 12 visits over 6 weeks, plateaued', 'Prior PT for this episode: 12 visits over 6 weeks, plateaued'],
  ['Meloxicam 15 mg daily x 2 months — worsening GI symptoms, stopped', 'Meloxicam 15 mg daily x 2 months — worsening GI symptoms, stopped'],
  ['Had 8 weeks of PT last year and it did not help', 'Had 8 weeks of PT last year and it did not help'],
  ['No relief from 6 weeks of PT', 'No relief from 6 weeks of PT'],
  ['Acetaminophen and a walking program for 3 months; none of these reduced the pain',
    'Acetaminophen and a walking program for 3 months; none of these reduced the pain'],
  ['Neither naproxen nor heat packs helped during 6 weeks of use', 'Neither naproxen nor heat packs helped during 6 weeks of use'],
  ['She did a stretching routine for 8 weeks; nothing has lessened the spasms', 'She did a stretching routine for 8 weeks; nothing has lessened the spasms'],
];

// [text, what is missing]
const notTried: [string, string[]][] = [
  ['No prior treatment.', ['treatment', 'duration', 'outcome']],
  ['Physical therapy, ibuprofen.', ['duration', 'outcome']],
  ['PT x 6 weeks', ['outcome']],
  ['Tried NSAIDs without relief', ['duration']],
  ['Has not tried physical therapy.', ['treatment', 'duration', 'outcome']],
  ['Denies prior PT or chiropractic care.', ['treatment', 'duration', 'outcome']],
  ['Will start HEP and NSAIDs for 2 weeks', ['treatment', 'duration', 'outcome']],
  ['Recommend PT 2x/week for 6 weeks', ['treatment', 'duration', 'outcome']],
  ['None.', ['treatment', 'duration', 'outcome']],
  ['Pt has never had massage or acupuncture.', ['treatment', 'duration', 'outcome']],
  ['Consider ESI if no improvement with PT in 6 weeks', ['treatment', 'duration', 'outcome']],
  ['Treatment-naive; first episode of care.', ['treatment', 'duration', 'outcome']],
  ['Chiropractic care in 2024', ['duration', 'outcome']],
  ['MRI 10/2026 showed disc bulge', ['treatment', 'duration', 'outcome']],
  ['X-rays negative for fracture', ['treatment', 'duration', 'outcome']],
  ['Referred to PT by Dr. Lee on 11/03/2026', ['duration', 'outcome']],
  ['Pain for 6 months, worse with sitting', ['treatment', 'duration', 'outcome']],
  ['Plan: HEP, ice, NSAIDs PRN', ['duration', 'outcome']],
  ['Ibuprofen 400 mg PRN', ['duration', 'outcome']],
  ['Patient has not had any injections or surgery.', ['treatment', 'duration', 'outcome']],
  ['Rule out need for surgery', ['treatment', 'duration', 'outcome']],
  ['Prior treatment: none', ['treatment', 'duration', 'outcome']],
  ['Pt is a candidate for PT x 8 weeks', ['treatment', 'duration', 'outcome']],
  ['Took ibuprofen 2 years ago', ['duration', 'outcome']],
  ['Massage helped a lot', ['duration']],
  ['Started PT today', ['duration', 'outcome']],
  ['PT discontinued', ['duration']],
  ['No previous counseling or psychiatric medications', ['treatment', 'duration', 'outcome']],
  ['Awaiting authorization for acupuncture x 6 visits', ['treatment', 'duration', 'outcome']],
  ['Pain 4/10 at rest, 6/10 with reaching.', ['treatment', 'duration', 'outcome']],
  ['Pt reports she has tried "everything".', ['treatment', 'duration', 'outcome']],
  ['Include dates, duration, and response (e.g. home exercise, medication, chiropractic)?', ['treatment', 'duration', 'outcome']],
  ['Neither PT nor chiropractic care has been tried.', ['treatment', 'duration', 'outcome']],
  ['Nothing else was tried for 2 years.', ['treatment', 'duration', 'outcome']],
];

describe('detectAlternativesTried', () => {
  it.each(tried)('finds a treatment with duration and outcome in %j', (text, evidence) => {
    expect(detectAlternativesTried(text)).toEqual({ found: true, evidence: [evidence] });
  });

  it.each(notTried)('finds no complete alternative in %j', (text, missing) => {
    const detection = detectAlternativesTried(text);
    expect(detection.found).toBe(false);
    expect(detection.missing).toEqual(missing);
  });

  it('quotes a bare list so the user sees what lacks a duration and an outcome', () => {
    expect(detectAlternativesTried('Physical therapy, ibuprofen.')).toEqual({
      found: false, evidence: ['Physical therapy, ibuprofen'], missing: ['duration', 'outcome'],
    });
  });

  it('finds the complete one among several prior treatments', () => {
    const text = 'Ibuprofen PRN. Chiropractic care x 8 visits, pain returned. Will try acupuncture.';
    expect(detectAlternativesTried(text)).toEqual({ found: true, evidence: ['Chiropractic care x 8 visits, pain returned'] });
  });
});

// Real-style histories and prior-auth requests: a phrase alone is its own evidence.
const realTried: (string | [string, string])[] = [
  'Failed 6 wks of PT',
  'Failed conservative tx incl. PT x 8 wks, NSAIDs, HEP',
  's/p 12 PT visits w/o improvement',
  'Trialed naproxen 500 mg BID x 3 wks w/ min relief',
  'Completed 6 sessions of CBT in 2025, minimal benefit',
  'Pt has done chiro x 3 mos w/ temporary relief',
  'Prior PT (8 visits, 2024) – no change in sx',
  'ESI x2 at L4-5 in 2025, relief lasted < 2 wks',
  "Meloxicam 15 mg qd x 6 wks - GI upset, d/c'd",
  'Gabapentin 300 mg TID x 2 mos, no sig change',
  'Home TENS x 1 mo, ineffective',
  'Lexapro 10 mg x 8 wks; pt reports no change in mood',
  'Completed 10 sessions of outpatient counseling in 2024; sx recurred',
  'Trial of sertraline 50 mg for 3 months, stopped d/t side effects',
  'PT 2x/wk x 6 wks at another clinic, plateaued',
  'Chiro 1x/wk x 10 wks, pain returned within days',
  'Massage x 4 sessions provided short-term relief',
  'Cervical traction at home x 4 wks, no benefit',
  'Previous trial of IOP for 6 weeks in 2023 w/ partial response',
  'DBT skills group x 6 months; self-harm persisted',
  'Conservative care to date: HEP x 6 wks, ice, NSAIDs — pain unchanged',
  'Tried Flexeril for 2 wks, too sedating',
  'Used a wrist splint at night for 1 month with no improvement in numbness',
  'Ibuprofen 800 mg PRN x 3 mos, minimally effective',
  'Chiropractic care 2x/wk x 4 wks; sx improved then returned',
  'Pt did HEP daily x 6 wks w/o lasting relief',
  'Acupuncture x 6 tx, no lasting relief',
  'Pt failed 3 months of conservative management (PT, NSAIDs, activity modification)',
  'Prior course of OT (12 visits) w/ good initial response, then regression',
  'Had 2 rounds of trigger point injections, pain relief lasted only days',
  '6 wks PT s/p ACDF with minimal gains',
  'Zoloft 100 mg x 1 yr, pt self-discontinued, sx returned',
  'Psychotherapy with prior provider for 18 months, limited progress',
  'Home exercise program and ibuprofen for 6 weeks; pain still 7/10 and unable to climb stairs',
  'PT x 8 visits, still unable to sit > 20 min',
  'NSAIDs x 3 months; pain remains 6/10',
  'Chiro 6 visits, still has pain with lifting',
  // Billing codes or first-person words with care from before or elsewhere still name a treatment tried.
  'Prior PT (97110, 97140) x 8 visits at another clinic, no lasting relief',
  'Before coming to our clinic she had 6 weeks of massage with temporary relief',
];

// [text, what is missing]
const realNotTried: [string, string[]][] = [
  ['No prior treatment', ['treatment', 'duration', 'outcome']],
  ['Alternatives: none tried', ['treatment', 'duration', 'outcome']],
  ['Prior tx: N/A', ['treatment', 'duration', 'outcome']],
  ['No previous PT, chiro, or injections', ['treatment', 'duration', 'outcome']],
  ['Pt has not tried any conservative care', ['treatment', 'duration', 'outcome']],
  ['Denies prior counseling', ['treatment', 'duration', 'outcome']],
  ['Conservative care to date: HEP, ice', ['duration', 'outcome']],
  ['Trialed NSAIDs without relief', ['duration']],
  ['Failed PT', ['duration']],
  ['Pt tried PT in the past', ['duration', 'outcome']],
  ['Plan: PT 2x/wk x 6 wks', ['outcome']],
  ['Will trial gabapentin x 2 wks', ['treatment', 'duration', 'outcome']],
  ['Recommend 6 wks of PT before surgical consult', ['treatment', 'duration', 'outcome']],
  ['Consider TPIs if no improvement w/ manual therapy', ['treatment', 'duration', 'outcome']],
  ['Referral to CBT placed', ['treatment', 'duration', 'outcome']],
  ['Pt declined PT', ['treatment', 'duration', 'outcome']],
  ['Pt is interested in trying acupuncture', ['treatment', 'duration', 'outcome']],
  ['Awaiting PT auth', ['treatment', 'duration', 'outcome']],
  ['Candidate for ESI', ['treatment', 'duration', 'outcome']],
  ['No meds', ['treatment', 'duration', 'outcome']],
  ['Meds: none', ['treatment', 'duration', 'outcome']],
  ['Current meds: ibuprofen 400 mg PRN', ['duration', 'outcome']],
  ['Pain x 6 months', ['treatment', 'duration', 'outcome']],
  ['LBP x 3 wks after lifting injury', ['treatment', 'duration', 'outcome']],
  ['MRI L-spine 10/2026: L4-5 HNP', ['treatment', 'duration', 'outcome']],
  ['NSAIDs helped', ['duration']],
  ['Pt was seen by PCP 11/01', ['treatment', 'duration', 'outcome']],
  ['HEP issued today', ['duration', 'outcome']],
  ['No hx of surgery or injections to the area', ['treatment', 'duration', 'outcome']],
  ['Prior PT: none', ['treatment', 'duration', 'outcome']],
  ['Previous treatment: unknown', ['treatment', 'duration', 'outcome']],
  ['Rest: not tried', ['treatment', 'duration', 'outcome']],
  ['Neither PT nor injections have been attempted', ['treatment', 'duration', 'outcome']],
  ['Has never been in therapy', ['treatment', 'duration', 'outcome']],
  ['Scheduled for PT eval next week', ['treatment', 'duration', 'outcome']],
  ['Pt still doing HEP x 6 wks', ['outcome']],
  // The writer's own care, by its billing codes or in the first person, is not an alternative tried before it.
  ['Care has consisted of spinal manipulation (98940) and massage (97124) twice a week for six weeks. Re-exam showed pain improved to 3/10.', ['treatment', 'duration', 'outcome']],
  ['I have treated him with manual therapy twice a week for 5 weeks and his reach has improved.', ['treatment', 'duration', 'outcome']],
  ['Our care so far: acupuncture weekly for 8 weeks, sleep improved.', ['treatment', 'duration', 'outcome']],
  ['PT x 6 wks for ongoing pain', ['outcome']],
];

describe('detectAlternativesTried on real-style histories', () => {
  it.each(realTried)('finds a treatment with duration and outcome in %j', (phrase) => {
    const [text, evidence] = typeof phrase === 'string' ? [phrase, phrase] : phrase;
    expect(detectAlternativesTried(text)).toEqual({ found: true, evidence: [evidence] });
  });

  it.each(realNotTried)('finds no complete alternative in %j', (text, missing) => {
    const detection = detectAlternativesTried(text);
    expect(detection.found).toBe(false);
    expect(detection.missing).toEqual(missing);
  });
});

it('reads a decline in function as an outcome, not as a treatment declined', () => {
  expect(detectAlternativesTried('Function declined despite PT x 6 wks').found).toBe(true);
  expect(detectAlternativesTried('She declined PT x 6 wks last year').found).toBe(false);
});

it('reads a problem that went on despite a treatment as that treatment\'s outcome', () => {
  expect(detectAlternativesTried('Her pain has spread despite eight weeks of naproxen and stretching.').found).toBe(true);
  expect(detectAlternativesTried('Walking in spite of 3 months of knee bracing remains limited to one block.').found).toBe(true);
  // A treatment with no duration is still partial.
  expect(detectAlternativesTried('Pain persists despite ibuprofen.').missing).toEqual(['duration']);
});

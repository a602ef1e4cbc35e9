/**
 * Content cues for the prose components no detector covers, as data: a cue asserted in a sentence (not denied
 * just before it, and not in a sentence with a `notWith` word) makes the sentence evidence of its concept.
 */
import type { ConceptKey } from '../concepts';
import { RANGE } from '../text/match';

export interface ProseCue {
  concept: ConceptKey;
  pattern: RegExp;
  /** A sentence holding one of these is about something else (a goal or the plan, not the history). */
  notWith?: RegExp;
}

const SYMPTOMS = String.raw`(?:pain|aches?|aching|stiffness|symptoms|headaches?|migraines?|numbness|tingling|weakness|spasms?|anxiety|depression|low mood|worry|insomnia|panic attacks?|nightmares|flashbacks|flare-?ups?|episodes?|seizures?|dizziness|vertigo)`;
// What happens to a patient on a day, named in a history ("who had a left MCA stroke on 08/03/2026").
const EVENTS = String.raw`(?:stroke|CVA|TIA|infarct(?:ion)?|heart attack|concussion|TBI|(?:brain|head|spinal cord) injury|hemorrhage|amputation|seizure|(?:hip|knee|shoulder) replacement|arthroplasty|reconstruction|hospitali[sz]ation)`;
const HOW_LONG = String.raw`(?:${RANGE}|a|an|several|many|a few|a couple of)\s*-?\s*(?:years?|yrs?|months?|mos?|weeks?|wks?)`;

/** How often a symptom comes: "headaches four days a week", "panic attacks about twice a week". */
export const SYMPTOM_RATE = String.raw`\b${SYMPTOMS}\s+(?:\w+\s+){0,3}?(?:${RANGE}|once|twice|several|most|every|nearly every)\s*(?:times?|days?|nights?|x)?\s*(?:a|per|each|every|\/|of the)\s*(?:week|wk|month|day)\b`;

export const CUE_SOURCES: readonly ProseCue[] = [
  // Goals said in prose: "with the goal of full cervical range of motion", "so that she can make a phone call to
  // schedule her own appointments". Whether they are measurable is the checks' question, not the reader's.
  {
    concept: 'doc.goals',
    pattern: /\bwith the (?:goal|aim|objective)s? of\b|\bso that (?:she|he|they|the (?:patient|client|child|member)|[A-Z][a-z]+) (?:can|could|will be able to|is able to|may)\b(?! not\b)/i,
  },
  {
    concept: 'doc.history',
    pattern: new RegExp([
      // what happened: "has a history of", "presents with", "was diagnosed"
      String.raw`\b(?:(?:has|had|with) a (?:\d+[- ](?:year|month|week)[- ])?history of|(?:has|had) (?:had )?(?:chronic|persistent|recurrent|ongoing|severe|worsening|intermittent)\b|(?:after|following|since) (?:a|an|his|her|their|the) [\w -]{0,30}?(?:injury|accident|fall|surgery|collision|fracture|strain|sprain|${EVENTS})\b|(?:had|has had|have had|experienced) (?:a|an) [\w -]{0,30}?\b(?:${EVENTS}|fall|fracture|surgery)\b|sustained (?:a|an)\b|underwent\b|was diagnosed\b|presents? (?:with|for|to)|presented (?:with|to)|complains? of|c\/o|suffers? from|suffered|has (?:been )?(?:experiencing|struggling|living with|dealing with)|symptoms? (?:began|started)|(?:began|started) (?:experiencing|having)|was injured|injured (?:his|her|their)|(?:fell|was in a (?:motor vehicle|car) (?:accident|collision))|since (?:the|her|his|their) (?:injury|accident|fall|surgery)|onset (?:of|was)|reports? (?:\w+ ){0,3}(?:pain|symptoms|difficulty|anxiety|depress\w*|headaches?))\b`,
      // how it started: "rear-ended in a motor vehicle collision", "a lifting injury at work", "MVA 8/2026"
      String.raw`\b(?:motor vehicle|car|auto(?:mobile)?|bicycle|bike|motorcycle|pedestrian|work(?:place)?|lifting|sports?|skiing|fall)\s+(?:accident|collision|crash|injury)\b|\bMV[AC]\b|\brear-ended\b|\bwhiplash\b|\bslipped and fell\b|\bfell (?:on|off|from|down)\b`,
      // since when: "has had neck pain and headaches since", "has had plantar fasciitis for 14 months", "onset 8/2026",
      // "onset in March", "under my care since 2024"
      String.raw`\b(?:has|have) been under (?:my|our) care\b|\b(?:has|have) had\s+(?!(?:no|none)\b)(?:[^.;\n]|\.(?=\d)){0,60}?\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?${HOW_LONG}\b|\b(?:has|have) had\s+(?!(?:no|none|fewer|less|little)\b)(?:[^.;\n]|\.(?=\d)){0,60}\bsince\b(?!\s+(?:starting|beginning|the start))|\bonset\s*(?::|in|on|of|was)?\s*(?:\d{1,2}\/\d{2,4}|\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)`,
    ].join('|'), 'i'),
  },
  {
    concept: 'doc.history',
    pattern: new RegExp([
      // how long and how often: "pain for two years", "headaches four days a week", "panic attacks 3-4 times a week"
      String.raw`\b${SYMPTOMS}\b[^.;\n]{0,40}?\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?${HOW_LONG}\b`,
      SYMPTOM_RATE,
    ].join('|'), 'i'),
    // A goal or the plan speaks of these too: "reduce headaches from 4 days a week to 1", "massage for pain for 12 weeks".
    notWith: /\b(?:will|goals?|target|reduce|decrease|increase|improve|request\w*|recommend\w*|propos\w*|plan(?:ned)?|prescri\w*|within|relief|relieved|helped|free)\b/i,
  },
  { concept: 'doc.treatmentPlan', pattern: /\b(?:(?:I am|I'm|we are|we're) (?:requesting|recommending|prescribing|referring)|(?:request(?:ing)?|seek(?:ing)?) (?:(?:prior )?authori[sz]ation|approval|coverage|pre-?certification) (?:for|of)|(?:I|we) (?:recommend|prescribe|request)|(?:treatment|care) plan (?:is|includes|consists)|plan (?:is|includes) (?:to )?|will (?:receive|continue|attend|begin|start|undergo|participate)|(?:is|are) (?:recommended|prescribed|requested)|the requested (?:treatment|service|therapy)|prescribed (?:a course of|\w+ therapy|massage|physical|occupational|psychotherapy))/i },
  { concept: 'doc.progress', pattern: /\b(?:(?:has|have) (?:made|shown|demonstrated) (?:\w+ )?(?:progress|improvement|gains)|progress(?:ing|ed)? (?:toward|towards|well|slowly|steadily)|(?:goal|STG|LTG)s?\s*#?\d*\s*(?:is |was |has been )?(?:met|partially met|not met|achieved|progressing)|improved from|(?:increased|decreased|reduced|improved) (?:from|to) \d|(?:has|have) (?:progressed|advanced|moved|gone) from [^.;\n]{1,60}? to\b|since (?:starting|beginning|the start of) (?:treatment|therapy|care|sessions)|(?:is|are|has been|have been|continues? to be|remains?|pt|patient|client)\s+(?:\w+\s+)?(?:progressing|improving)|(?:assessment|progress|status)\s*:\s*(?:slowly\s+|steadily\s+|gradually\s+)?(?:improving|progressing|improved|plateaued|unchanged|stable|worse|worsening)|progressing\s+(?:as expected|appropriately|nicely|gradually|per (?:plan|POC))|\b(?:up|down|improved|increased|decreased|reduced|better|worse)\b[^.;\n]{0,40}\bsince (?:the )?(?:eval\w*|initial (?:eval\w*|exam\w*|visit|assessment)|IE|SOC|start of care|last (?:visit|session|re-?eval\w*|re-?exam\w*|report|progress report)|intake|admission))\b/i },
  { concept: 'doc.expectedOutcome', pattern: /\b(?:I|we) (?:expect|anticipate)\b|\b(?:should|will) (?:be able to )?(?:return to|resume)\b/i },
  { concept: 'doc.diagnosisText', pattern: /\b(?:diagnosed with|diagnosis of|diagnoses? (?:is|are|include)|(?:is|are) being treated for|treatment (?:of|for) (?:her|his|their|the patient[’']s|this)|suffers from)\b/i },
];

/**
 * The shapes that flow one way through ClaimLint: page -> Snapshot -> evaluate() -> Finding[].
 * zod/mini keeps the extension bundles small; the same schemas validate messages, rule packs and CLI output.
 */
import * as z from 'zod/mini';
import { CONCEPT_KEYS, DIAGNOSIS_LETTERS, type ConceptKey } from './concepts';
import { USPS_STATE_CODES } from './conditions/state-codes';

export const conceptKeySchema = z.enum(CONCEPT_KEYS as [ConceptKey, ...ConceptKey[]]);

/** The highest service-line number a field may carry; readers stop at it rather than make invalid fields. */
export const MAX_LINE_INDEX = 999;

/** How long a wizard step's name may be (Snapshot.step, Field.step). */
export const MAX_STEP_LENGTH = 100;

/** Diagnoses are indexed A–L, service lines 1..n, everything else null. */
export const fieldIndexSchema = z.nullable(
  z.union([z.enum(DIAGNOSIS_LETTERS), z.number().check(z.int(), z.gte(1), z.lte(MAX_LINE_INDEX))]),
);
export type FieldIndex = z.infer<typeof fieldIndexSchema>;

export const fieldKindSchema = z.enum([
  'text', 'textarea', 'select', 'checkbox', 'radio', 'contenteditable', 'document',
]);
export type FieldKind = z.infer<typeof fieldKindSchema>;

export const evidenceSchema = z.object({
  signal: z.string(),
  text: z.string().check(z.maxLength(500)),
  weight: z.number(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** What a whole document is called in messages: "The letter does not say …". */
export const documentWordSchema = z.enum(['letter', 'note', 'plan', 'document']);

/**
 * The code system a claim file names for a coded value (FHIR Coding.system): a code the file says is SNOMED CT
 * or an X12 service type is not judged as an ICD-10-CM or CPT/HCPCS code. Pages never set it.
 */
export const codeSystemSchema = z.enum(['icd-10-cm', 'icd-9-cm', 'snomed-ct', 'cpt-hcpcs', 'x12-service-type', 'other']);
export type CodeSystem = z.infer<typeof codeSystemSchema>;

/** The engine's view of a field: what it is, which diagnosis or line, and what it holds. */
export const fieldSchema = z.object({
  /** Unique within one reader's output (one frame of a page, one claim); findings and marks refer to fields by it. */
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  concept: conceptKeySchema,
  index: fieldIndexSchema,
  /** Trimmed text, chosen option text, or "checked"/"" for a lone checkbox. Patient data: session memory only. */
  value: z.string().check(z.maxLength(100_000)),
  label: z.string().check(z.maxLength(500)),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  /**
   * The page frame the field was read in. Only the background sets it, from the message's sender, when it merges
   * a tab's frames; a content script's own snapshot never carries it (see utils/messages.ts).
   */
  frameId: z.optional(z.number().check(z.int(), z.gte(0))),
  /**
   * The wizard step the field was read on, when it is not the step on screen. Only the background sets it, when
   * it merges the earlier steps of one form (see utils/messages.ts: a content script's snapshot never carries it).
   */
  step: z.optional(z.string().check(z.maxLength(MAX_STEP_LENGTH))),
  /**
   * The field was read from a whole document of this kind (rules/document). An empty one is a component the
   * document does not contain: checks word it as such ("The letter does not say …"), and it does not count as
   * present when checklists and the kind of document are chosen.
   */
  document: z.optional(documentWordSchema),
  /** The code system the file names for this code (claim files only); absent when it names none. */
  codeSystem: z.optional(codeSystemSchema),
});
export type Field = z.infer<typeof fieldSchema>;

/**
 * Where and how a reader found a field, kept beside the engine's view (Snapshot.places), never read by the
 * engine: what a page reader knows (control kind, CSS selector, name/id, the evidence that placed it), or a
 * claim file's segment path. Each reader fills what it can have; nothing is a placeholder.
 */
export const fieldPlaceSchema = z.object({
  kind: z.optional(fieldKindSchema),
  /** A CSS selector that matched exactly this element when the snapshot was taken. */
  selector: z.optional(z.string().check(z.maxLength(2000))),
  name: z.optional(z.nullable(z.string().check(z.maxLength(2000)))),
  id: z.optional(z.nullable(z.string().check(z.maxLength(2000)))),
  /** Where in a claim file: "2300 REF*G1", "Claim.insurance[0].preAuthRef[0]". Never a value. */
  path: z.optional(z.string().check(z.maxLength(2000))),
  evidence: z.optional(z.array(evidenceSchema)),
});
export type FieldPlace = z.infer<typeof fieldPlaceSchema>;

/** The claim-file formats ClaimLint reads. */
export const claimFileFormatSchema = z.enum(['x12-837p', 'fhir-json']);
export type ClaimFileFormat = z.infer<typeof claimFileFormatSchema>;

/**
 * What a snapshot was read from. Checks word their messages from it ("on this page", "in this claim file"), so
 * no caller rewrites engine text.
 */
export const snapshotSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page') }),
  /**
   * `use`: what the claim asks of the payer (FHIR Claim.use): a preauthorization or predetermination is a
   * prior-authorization request, checked as one; absent or 'claim' is a claim for payment.
   */
  z.object({ kind: z.literal('claim-file'), format: claimFileFormatSchema, use: z.optional(z.enum(['claim', 'preauthorization', 'predetermination'])) }),
  /** Clinical documentation read as a whole: a FHIR CarePlan / Goal file (format), later a letter or note. */
  z.object({ kind: z.literal('document'), format: z.optional(claimFileFormatSchema) }),
]);
export type SnapshotSource = z.infer<typeof snapshotSourceSchema>;

/** How many headings a page reader keeps, and how long each may be. */
export const MAX_HEADINGS = 50;
export const MAX_HEADING_LENGTH = 200;
/** How many opening sentences of a document a snapshot keeps (Snapshot.lead), and how long each may be. */
export const MAX_LEAD_LINES = 20;
export const MAX_LEAD_LENGTH = 200;

export const snapshotSchema = z.object({
  source: snapshotSourceSchema,
  url: z.string().check(z.maxLength(10_000)),
  title: z.string().check(z.maxLength(2_000)),
  /** ISO timestamp; also the engine's "today", which keeps evaluate() pure. */
  takenAt: z.iso.datetime({ offset: true }),
  fields: z.array(fieldSchema).check(z.maxLength(20_000)),
  /** Where each field was found, by field key: for the reader's own output (CLI, marks), not for the engine. */
  places: z.optional(z.record(z.string(), fieldPlaceSchema)),
  /** Present when the page had more candidate fields than the collector reads. */
  truncated: z.optional(z.object({ limit: z.number(), seen: z.number() })),
  /**
   * The page's headings, banner and logo text (h1–h3, role=heading, logo alt text in a header or nav), in page
   * order: what names the payer and the kind of document when no field does. Claim files leave it absent.
   */
  headings: z.optional(z.array(z.string().check(z.maxLength(MAX_HEADING_LENGTH))).check(z.maxLength(MAX_HEADINGS))),
  /**
   * The opening of a whole document read as text (rules/document): its first sentences and lines, in order, at
   * most 20 of 200 characters. What names the kind of document ("I am writing to appeal the denial …") when no
   * heading does; read only by the kind guess. Pages without a document and claim files leave it absent.
   */
  lead: z.optional(z.array(z.string().check(z.maxLength(MAX_LEAD_LENGTH))).check(z.maxLength(MAX_LEAD_LINES))),
  /**
   * The name of the wizard step on screen ("Diagnosis"), when the page is one step of a multi-step form. The
   * background keeps the earlier steps of the same form in session memory and merges them in; absent: no wizard.
   */
  step: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_STEP_LENGTH))),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const severitySchema = z.enum(['critical', 'serious', 'moderate', 'minor']);
export type Severity = z.infer<typeof severitySchema>;

export const sourceSchema = z.object({
  policy: z.string().check(z.minLength(1)),
  section: z.optional(z.string()),
  url: z.url(),
  /** Date of the policy version cited (YYYY-MM-DD). */
  date: z.iso.date(),
  /** Caveats in words a biller can read: what the source does not settle, what differs by plan or state. */
  note: z.optional(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;

export const statusSchema = z.enum(['pass', 'fail', 'cantTell', 'notApplicable']);
export type Status = z.infer<typeof statusSchema>;

const idSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'));

/**
 * One case in which a rule applies (or, under `unless`, does not): every test it lists must hold. Payers,
 * services and kinds are the ids of rules/select (payers.json, services.json, kinds.json); a claim shows a
 * service when any of its services is listed; places of service are the two-digit CMS codes (24B); the date of
 * service is the earliest service-line date (else the visit date); `filled` holds when any of those concepts
 * has a value. Strict: a misspelt test is an error, never a condition that silently always holds.
 */
export const ruleConditionSchema = z.strictObject({
  payers: z.optional(z.array(idSchema).check(z.minLength(1))),
  services: z.optional(z.array(idSchema).check(z.minLength(1))),
  kinds: z.optional(z.array(idSchema).check(z.minLength(1))),
  placesOfService: z.optional(z.array(z.string().check(z.regex(/^\d{2}$/, 'places of service are two-digit codes'))).check(z.minLength(1))),
  /** First date of service it covers (YYYY-MM-DD), inclusive. */
  datesFrom: z.optional(z.iso.date()),
  /** Last date of service it covers (YYYY-MM-DD), inclusive. */
  datesTo: z.optional(z.iso.date()),
  filled: z.optional(z.array(conceptKeySchema).check(z.minLength(1))),
  /**
   * Holds when every procedure code on the claim (24D) is one of these: "the claim bills only an initial
   * evaluation". Unknown when no procedure code was read.
   */
  onlyCodes: z.optional(z.array(z.string().check(z.regex(/^[A-Z0-9]{5}$/, 'procedure codes are five characters'))).check(z.minLength(1))),
  /**
   * Two-letter USPS codes of the states whose law the rule carries; the claim's state is read from the accident
   * state (box 10b), the service facility (box 32), the payer's address or the patient's address, in that order
   * (rules/conditions/claim-state.ts). A claim whose state is not read cannot decide it.
   */
  states: z.optional(z.array(z.enum(USPS_STATE_CODES as [string, ...string[]])).check(z.minLength(1))),
  /**
   * Plan types the payer / plan name shows ("Aetna Choice POS II", "Example Health Plan HMO"): an HMO or POS
   * plan needs a primary-care referral for specialist and therapy care. A name that shows no type (or no name)
   * does not hold: the claim does not show the type.
   */
  planTypes: z.optional(z.array(z.enum(['hmo', 'pos', 'ppo', 'epo'])).check(z.minLength(1))),
  /** The case in words, for the message: "the claim shows a referral or an order". */
  because: z.string().check(z.minLength(1)),
  /**
   * Words put before the rule's messages when this `when` case is the one that holds, so a state's or a plan's
   * own rule says whose it is: "Florida PIP" -> "Florida PIP: massage is not …".
   */
  scope: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
}).check(z.refine(
  (condition) => Object.keys(condition).some((key) => key !== 'because' && key !== 'scope'),
  'a condition needs at least one test besides "because"',
));
export type RuleCondition = z.infer<typeof ruleConditionSchema>;

/** What a rule does when its condition cannot be decided (the payer or the service was not read). */
export const whenUnknownSchema = z.enum(['cantTell', 'notApplicable', 'run']);

export const ruleSchema = z.object({
  id: idSchema,
  title: z.string().check(z.minLength(1)),
  /** Check id: a file name in rules/checks. */
  check: idSchema,
  options: z.optional(z.record(z.string(), z.unknown())),
  severity: severitySchema,
  /** Why the payer wants it, in one or two sentences. */
  why: z.string().check(z.minLength(1)),
  /** What the user should do. */
  fix: z.string().check(z.minLength(1)),
  /** A rule may cite a more specific source than its checklist. */
  source: z.optional(sourceSchema),
  /** The rule applies only in one of these cases; otherwise it is "not applicable", with the reason. */
  when: z.optional(z.array(ruleConditionSchema).check(z.minLength(1))),
  /** The rule does not apply in any of these cases (checked first): "not applicable", with the reason. */
  unless: z.optional(z.array(ruleConditionSchema).check(z.minLength(1))),
  /**
   * When no `when` case is known to hold and one cannot be decided: say "can't tell" (the default), treat the
   * rule as not applicable, or run it anyway. An `unless` case that cannot be decided never stops the rule.
   */
  whenUnknown: z.optional(whenUnknownSchema),
});
export type Rule = z.infer<typeof ruleSchema>;

export const checklistSchema = z.object({
  id: idSchema,
  title: z.string().check(z.minLength(1)),
  payer: z.string().check(z.minLength(1)),
  service: z.string().check(z.minLength(1)),
  /** Payer ids it is for ("any", "medicare", "aetna", …: see rules/select/payers.json); default any. */
  payers: z.optional(z.array(idSchema).check(z.minLength(1))),
  /** Service ids it is for ("any", "massage", "therapy", "psychotherapy", …: rules/select/services.json); default any. */
  services: z.optional(z.array(idSchema).check(z.minLength(1))),
  /** When this checklist's content was last reviewed against its sources (YYYY-MM-DD). */
  vintage: z.iso.date(),
  source: sourceSchema,
  /** The checklist is offered automatically when the page has enough of these concepts... */
  appliesWhenAny: z.array(conceptKeySchema).check(z.minLength(1)),
  /** ...at least this many distinct ones (default 1), so a letter quoting one CPT code is not taken for a claim. */
  appliesWhenAtLeast: z.optional(z.number().check(z.int(), z.gte(1))),
  /**
   * Offered only when the page is read (or chosen) as one of these kinds of document (rules/select/kinds.json
   * ids): a checklist for daily notes is no claim's or plan's checklist. Absent: any kind, or none read.
   */
  kinds: z.optional(z.array(idSchema).check(z.minLength(1))),
  /** Not offered when the page is read (or chosen) as one of these kinds: a daily note is not judged as a plan. */
  exceptKinds: z.optional(z.array(idSchema).check(z.minLength(1))),
  /** A general checklist that steps aside when any of these more specific ones applies to the page. */
  onlyWithout: z.optional(z.array(idSchema)),
  rules: z.array(ruleSchema).check(z.minLength(1)),
});
export type Checklist = z.infer<typeof checklistSchema>;

/** At most this many suggestions per finding, each value and label this long: a card shows them as one row. */
export const MAX_SUGGESTIONS = 8;
export const MAX_SUGGESTION_VALUE_LENGTH = 200;
export const MAX_SUGGESTION_LABEL_LENGTH = 80;

/**
 * A value a failing field should hold, when the rule knows it for certain from the data (a header code's billable
 * children, the code the documented minutes give, the units the 8-minute rule gives). `fieldKey`: the field it
 * fills when that is not the one the finding points at (a psychotherapy code, when the finding is on the minutes).
 */
export const suggestionSchema = z.object({
  value: z.string().check(z.maxLength(MAX_SUGGESTION_VALUE_LENGTH)),
  label: z.string().check(z.minLength(1), z.maxLength(MAX_SUGGESTION_LABEL_LENGTH)),
  fieldKey: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const findingSchema = z.object({
  ruleId: z.string(),
  checklistId: z.string(),
  title: z.string(),
  status: statusSchema,
  severity: severitySchema,
  concept: z.nullable(conceptKeySchema),
  index: fieldIndexSchema,
  /** The snapshot field the finding points at, when one was found. */
  fieldKey: z.nullable(z.string()),
  /** The page frame that field is in (set when the background merged a tab's frames). */
  frameId: z.optional(z.number().check(z.int(), z.gte(0))),
  /** The wizard step that field is on, when it is not the step on screen (the field cannot be focused now). */
  step: z.optional(z.string().check(z.maxLength(MAX_STEP_LENGTH))),
  /** What is missing or wrong (or what satisfied the rule). */
  message: z.string(),
  /**
   * For a fail: 'missing' when the field it points at is empty (or there is none), 'invalid' when it holds a
   * value that is wrong (an NPI failing its check digit, ICD indicator 9, a category code), 'inconsistent' when
   * two places disagree (units billed vs minutes documented, visits used vs visits authorized). A check that
   * compares two places sets it; the others are set by rules/outcome/problem.ts. Absent otherwise.
   */
  problem: z.optional(z.enum(['missing', 'invalid', 'inconsistent'])),
  why: z.string(),
  fix: z.string(),
  /** For a fail: values ClaimLint knows the field should hold (a card offers them as one-click fills). */
  suggestions: z.optional(z.array(suggestionSchema).check(z.minLength(1), z.maxLength(MAX_SUGGESTIONS))),
  /** One-line citation: policy, section, date, URL. */
  source: z.string(),
  citation: sourceSchema,
});
export type Finding = z.infer<typeof findingSchema>;

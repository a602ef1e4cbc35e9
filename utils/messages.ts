/**
 * The runtime message protocol between content script, background and popup. Every message is parsed with
 * these schemas on arrival (never trusted because it came through runtime messaging), and the background
 * also checks who sent it: see entrypoints/background/sender.ts.
 */
import * as z from 'zod/mini';
import { withheldViewSchema } from './withheld-view';
import { documentWordSchema, fieldSchema, findingSchema, snapshotSchema, sourceSchema } from '../rules/schema';
import type { Finding } from '../rules/schema';
import { importRulePackMessageSchema, removeRulePackMessageSchema, rulePacksMessageSchema } from './rule-pack-messages';
import { siteAdapterMessageSchema } from './site-adapter-messages';
import { siteOriginSchema } from './sites';

const tabIdSchema = z.number().check(z.int(), z.gte(0));

/**
 * A frame's snapshot as a content script sends it: the engine's view only. A field's frame is the sender's,
 * which the background takes from the message itself, so `frameId` (and the reader's `places`) are dropped here.
 * So is a field's `step`: only the background marks a field as read on an earlier wizard step.
 */
export const frameSnapshotSchema = z.extend(z.omit(snapshotSchema, { places: true }), {
  fields: z.array(z.omit(fieldSchema, { frameId: true, step: true })).check(z.maxLength(20_000)),
});

/** Most characters of one document a page sends (about 15,000 words); the page reads no more than this. */
export const MAX_PAGE_DOCUMENT_TEXT = 100_000;
/** Most documents (editors holding a letter, a rendered letter) one frame sends. */
export const MAX_PAGE_DOCUMENTS = 20;

const textSpanSchema = z.object({ start: z.number().check(z.int(), z.gte(0)), end: z.number().check(z.int(), z.gte(0)) });

/**
 * A whole document the page found (a letter in an editor, a rendered letter), sent as text: the background
 * reads it (rules/document), so the content script does not carry the reader. Its fields' keys start with
 * `keyPrefix`; the reply gives each one's span in `text`, which the page maps back to its DOM text.
 */
export const pageDocumentSchema = z.object({
  keyPrefix: z.string().check(z.regex(/^r\d{1,3}-$/)),
  text: z.string().check(z.maxLength(MAX_PAGE_DOCUMENT_TEXT)),
  /** Spans the markup shows as headings (h1–h6, bold lines): readDocument's options.headings. */
  headings: z.array(textSpanSchema).check(z.maxLength(1000)),
  word: documentWordSchema,
  /** The heading or label before the editor. */
  label: z.string().check(z.maxLength(500)),
  /** A read-only rendered document (a print view) rather than an editor or textarea: it needs more to be one. */
  rendered: z.optional(z.boolean()),
});
export type PageDocument = z.infer<typeof pageDocumentSchema>;

const revisionSchema = z.number().check(z.int(), z.gte(0));

/** Content script -> background: the fields of this frame, after a scan or an edit, and its whole documents. */
export const snapshotMessageSchema = z.object({
  type: z.literal('claimlint/snapshot'),
  snapshot: frameSnapshotSchema,
  documents: z.optional(z.array(pageDocumentSchema).check(z.maxLength(MAX_PAGE_DOCUMENTS))),
  /** This frame's count of messages sent (full or changes): the next changes message names it as its base. */
  revision: z.optional(revisionSchema),
});

/**
 * Content script -> background, after the user edited fields the frame already sent: only those fields, whole
 * (same keys, new values), not the whole snapshot. `base` is the revision of the frame's last message; when the
 * background does not hold that one (the worker restarted, a message was lost) or a key is new to it, it answers
 * `{ stale: true }` and the frame sends its whole snapshot. Structural changes (fields added or removed) are sent whole.
 */
export const fieldChangesMessageSchema = z.object({
  type: z.literal('claimlint/field-changes'),
  base: revisionSchema,
  revision: revisionSchema,
  takenAt: z.string().check(z.maxLength(100)),
  fields: z.array(z.omit(fieldSchema, { frameId: true, step: true })).check(z.minLength(1), z.maxLength(200)),
});
export type FieldChangesMessage = z.infer<typeof fieldChangesMessageSchema>;

/** The background's answer to field changes it could not apply: send the whole snapshot. */
export interface StaleAnswer {
  stale: true;
}

/** Background -> content script, the answer to a snapshot: this frame's findings, and where each document field's words are. */
export interface SnapshotAnswer {
  findings: Finding[];
  /** By field key, for fields read from a page document: the evidence's span in its text (empty: where a missing one belongs). */
  spans?: Record<string, { start: number; end: number }>;
}

/**
 * Popup -> background: check this tab now (inject the content script if it is not there). The answer is ok or a
 * one-line error; the result itself arrives in storage.session, where the popup watches for it.
 */
export const checkTabMessageSchema = z.object({
  type: z.literal('claimlint/check-tab'),
  tabId: tabIdSchema,
});

const choiceIdSchema = z.nullable(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)));

/** Popup -> background: check this tab for this payer / service / kind instead of the ones read from the page (null = read). */
export const setChoiceMessageSchema = z.object({
  type: z.literal('claimlint/set-choice'),
  tabId: tabIdSchema,
  payer: choiceIdSchema,
  service: choiceIdSchema,
  /** The kind of document (rules/select/kinds.json); absent: leave the tab's kind as it is read. */
  kind: z.optional(choiceIdSchema),
});

/**
 * Most characters of a claim file the page sends (about 2,000 X12 claims, or a FHIR Bundle of a few hundred): the
 * background reads and checks every claim in it on each check. A bigger file is not sent; the popup says so.
 */
export const MAX_CLAIM_FILE_TEXT = 2_000_000;

/**
 * Content script -> background: the tab shows a claim file as text (an X12 837P or FHIR JSON document in the
 * browser's text or JSON viewer, a raw file view). Only its text is sent, or, past MAX_CLAIM_FILE_TEXT, only its
 * size; the background reads it with the claim-file readers, which the content script does not carry.
 */
export const claimFileMessageSchema = z.object({
  type: z.literal('claimlint/claim-file'),
  format: z.enum(['x12', 'fhir']),
  url: z.string().check(z.maxLength(10_000)),
  title: z.string().check(z.maxLength(1_000)),
  takenAt: z.string().check(z.maxLength(100)),
  /** Characters in the document. */
  characters: z.number().check(z.int(), z.gte(0)),
  /** The document's text; absent when it is longer than MAX_CLAIM_FILE_TEXT. */
  text: z.optional(z.string().check(z.maxLength(MAX_CLAIM_FILE_TEXT))),
});
export type ClaimFileMessage = z.infer<typeof claimFileMessageSchema>;

/** Popup -> background: show this claim of the tab's claim file (1-based position); the result arrives in storage. */
export const selectClaimMessageSchema = z.object({
  type: z.literal('claimlint/select-claim'),
  tabId: tabIdSchema,
  position: z.number().check(z.int(), z.gte(1)),
});

/**
 * Letter page -> background: the tab's page as the background holds it (every frame merged), checked for a letter,
 * with every other open tab positively about the same patient. The letter page drafts from them in its own memory;
 * a denial the user types or pastes stays in the letter page. The answer is built on request and never stored.
 */
export const letterSourcesMessageSchema = z.object({
  type: z.literal('claimlint/letter-sources'),
  tabId: tabIdSchema,
});
export type LetterSourcesMessage = z.infer<typeof letterSourcesMessageSchema>;

export const toBackgroundMessageSchema = z.discriminatedUnion('type', [
  letterSourcesMessageSchema,
  snapshotMessageSchema,
  fieldChangesMessageSchema,
  claimFileMessageSchema,
  checkTabMessageSchema,
  setChoiceMessageSchema,
  selectClaimMessageSchema,
  rulePacksMessageSchema,
  importRulePackMessageSchema,
  removeRulePackMessageSchema,
  siteAdapterMessageSchema,
]);
export type ToBackgroundMessage = z.infer<typeof toBackgroundMessageSchema>;

/** Background -> content script: findings for the fields of this frame (keys local to the frame). */
export const marksMessageSchema = z.object({
  type: z.literal('claimlint/marks'),
  findings: z.array(findingSchema),
});

/** Background -> content script: scan again now (the user pressed "check again"). */
export const rescanMessageSchema = z.object({ type: z.literal('claimlint/rescan') });

/** Popup -> content script: scroll to, focus and flash a field. */
export const focusFieldMessageSchema = z.object({
  type: z.literal('claimlint/focus-field'),
  fieldKey: z.string().check(z.maxLength(200)),
});

/** Background -> content script: which element did the user just right-click (to teach ClaimLint its concept)? */
export const teachTargetMessageSchema = z.object({ type: z.literal('claimlint/teach-target') });

/** The content script's answer: a selector for that element and the frame's origin — never its value. */
export const teachTargetReplySchema = z.union([
  z.object({
    ok: z.literal(true),
    data: z.object({ selector: z.string().check(z.minLength(1), z.maxLength(2000)), origin: siteOriginSchema }),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export const toContentMessageSchema = z.discriminatedUnion('type', [
  marksMessageSchema,
  rescanMessageSchema,
  focusFieldMessageSchema,
  teachTargetMessageSchema,
]);
export type ToContentMessage = z.infer<typeof toContentMessageSchema>;

export const checklistSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  payer: z.string(),
  service: z.string(),
  vintage: z.string(),
  source: sourceSchema,
});
export type ChecklistSummary = z.infer<typeof checklistSummarySchema>;

const detectedSchema = z.object({ id: z.string(), title: z.string(), evidence: z.string(), certain: z.optional(z.boolean()) });

/** What the tab was checked as (rules/select/choice.ts): payer and kind ids, whether certain, and why. */
export const choiceSchema = z.object({
  payer: z.nullable(z.string()),
  kind: z.nullable(z.string()),
  certain: z.boolean(),
  evidence: z.string(),
});
export type ChoiceView = z.infer<typeof choiceSchema>;

/** The payer, services and kind read from the page, and the user's choice where it overrides them. */
export const pageContextSchema = z.object({
  payer: z.nullable(detectedSchema),
  services: z.array(detectedSchema),
  kind: z.optional(z.nullable(detectedSchema)),
  /** What the checklists were chosen for; the popup asks the user first when it is not certain. */
  choice: z.optional(choiceSchema),
  chosen: z.object({ payer: z.nullable(z.string()), service: z.nullable(z.string()), kind: z.optional(z.nullable(z.string())) }),
  /** The user's answer remembered for this site, applied when nothing is chosen for the tab. */
  site: z.optional(z.object({ payer: z.nullable(z.string()), kind: z.nullable(z.string()) })),
  /** The defaults from the options page (or the admin's policy) that apply when nothing is chosen for the tab. */
  defaults: z.optional(z.object({ payer: z.nullable(z.string()), service: z.nullable(z.string()) })),
});
export type PageContextView = z.infer<typeof pageContextSchema>;

/** Most claims of one file the browser checks and lists; the popup says when a file holds more. */
export const MAX_CLAIMS_IN_BROWSER = 2_000;

/** One claim of a claim file, as the popup's claim selector lists it. */
export const claimEntrySchema = z.object({
  position: z.number().check(z.int(), z.gte(1)),
  /** X12 CLM01 (patient control number), FHIR Claim.identifier or Claim.id; null when the claim has none. */
  claimId: z.nullable(z.string().check(z.maxLength(200))),
  /** The reader's title: the claim's place and type ("FHIR Claim 2 of 5 (professional, claim)"), never patient values. */
  title: z.string().check(z.maxLength(300)),
  /** Why it is not checked (an institutional claim, a payer's response); absent when it is. */
  notChecked: z.optional(z.string().check(z.maxLength(500))),
  /** Its failures and can't-tells when checked. */
  fail: z.number(),
  cantTell: z.number(),
  /** The payer or kind it was checked as is a guess: the popup asks before counting (mustAskFirst). */
  unsure: z.boolean(),
  /** Not a claim: the documentation a FHIR file without a Claim holds (a CarePlan, Goals, a Coverage). */
  documentation: z.optional(z.literal(true)),
});
export type ClaimEntry = z.infer<typeof claimEntrySchema>;

/** A tab showing a claim file: every claim in it, which one the result is about, and what the file as a whole needs said. */
export const claimFileViewSchema = z.object({
  format: z.enum(['x12-837p', 'fhir-json']),
  claims: z.array(claimEntrySchema).check(z.maxLength(MAX_CLAIMS_IN_BROWSER)),
  /** Position of the claim whose findings the result holds; 0 when the file was not read. */
  selected: z.number().check(z.int(), z.gte(0)),
  /** The file holds more claims than MAX_CLAIMS_IN_BROWSER: only the first ones are listed. */
  more: z.boolean(),
  /** What the readers said about the whole file (a version read with a caveat, say), once each. */
  notices: z.array(z.string()),
  /** Why the file was not read at all (too large, not an 837P, not valid JSON): one line. */
  unread: z.optional(z.string()),
});
export type ClaimFileView = z.infer<typeof claimFileViewSchema>;

/** What the popup shows for a tab. Lives in storage.session only; dropped when the tab closes. */
export const tabResultSchema = z.object({
  tabId: tabIdSchema,
  url: z.string(),
  title: z.string(),
  checkedAt: z.string(),
  fieldCount: z.number(),
  truncated: z.optional(z.object({ limit: z.number(), seen: z.number() })),
  checklists: z.array(checklistSummarySchema),
  findings: z.array(findingSchema),
  context: z.optional(pageContextSchema),
  /** Set when the tab shows a claim file: the result's findings are those of its selected claim. */
  claimFile: z.optional(claimFileViewSchema),
  /** The result as a report shows it without patient details (utils/withheld-view.ts). */
  withheld: z.optional(withheldViewSchema),
});
export type TabResult = z.infer<typeof tabResultSchema>;

/**
 * True when the popup must ask what the page is before it shows any count, and the badge shows "?": the payer or
 * the kind of document is a guess, or fields were found and no checklist applies. A quiet "Nothing missing" on
 * a guess is the worst answer ClaimLint can give.
 */
export function mustAskFirst(result: Pick<TabResult, 'checklists' | 'fieldCount' | 'context'>): boolean {
  const choice = result.context?.choice;
  return (choice !== undefined && !choice.certain) || (result.checklists.length === 0 && result.fieldCount > 0);
}

/** Where the background keeps a tab's latest result in storage.session (the popup watches this key). */
export const tabResultStorageKey = (tabId: number) => `tabResult:${tabId}`;

/** Every reply: ok with data, or a one-line error the UI can show. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

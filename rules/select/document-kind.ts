/**
 * What kind of document a snapshot is (a professional claim, a plan of care, a daily note, ...), read from data
 * (kinds.json): a heading that names the kind, the claim file's own format, or the fields that indicate it.
 *
 * Certain: a claim file (its format says what it is); the page's headings name exactly one kind; or the fields
 * hold at least `certainAtLeast` of the kind's concepts and more of them than any other kind's. Everything
 * else that points at a kind is a guess: a whole document's opening words (Snapshot.lead), the fields alone
 * with fewer concepts or a tie, headings naming two kinds, or only the page title.
 */
import * as z from 'zod/mini';
import type { ConceptKey } from '../concepts';
import type { Snapshot } from '../schema';
import { presentConcepts } from '../reading/snapshot-fields';
import kindsData from './kinds.json' with { type: 'json' };

const kindsSchema = z.object({
  kinds: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      headings: z.array(z.string()),
      concepts: z.array(z.string()),
      atLeast: z.number(),
      certainAtLeast: z.number(),
      services: z.optional(z.array(z.string())),
      phrases: z.optional(z.array(z.array(z.string()).check(z.minLength(1)))),
    }),
  ),
});

const KINDS = kindsSchema.parse(kindsData).kinds.map((kind) => ({
  ...kind,
  concepts: kind.concepts as ConceptKey[],
  regexes: kind.headings.map((p) => new RegExp(p, 'i')),
  phraseRegexes: (kind.phrases ?? []).map((all) => all.map((p) => new RegExp(p, 'im'))),
}));

export const KNOWN_KINDS = KINDS.map(({ id, title }) => ({ id, title }));

/** A payer or kind as read, with where it was seen and whether that settles it. */
export interface Reading {
  id: string;
  title: string;
  /** Where it was seen: "the heading “Plan of Care”", "payer field “Medicare Part B”", "page address or title". */
  evidence: string;
  /** True when read from a payer field, an explicit heading, a claim file's format or the user's own choice. */
  certain: boolean;
}

/** The concepts that indicate a kind, for running the checklists of a kind the user chose. */
export function conceptsOfKind(id: string): readonly ConceptKey[] {
  return KINDS.find((kind) => kind.id === id)?.concepts ?? [];
}

export function kindReading(id: string, evidence: string, certain: boolean): Reading {
  const kind = KNOWN_KINDS.find((candidate) => candidate.id === id);
  return { id, title: kind?.title ?? id, evidence, certain };
}

/** The kind of document the snapshot is, or null when nothing points at one. `services` are the service ids read. */
export function detectDocumentKind(snapshot: Snapshot, services: readonly string[] = []): Reading | null {
  const fromFile = kindOfFile(snapshot);
  if (fromFile) return fromFile;
  const named = kindsNamedBy(snapshot.headings ?? []);
  if (named.length > 0) {
    const [first] = named;
    const others = [...new Set(named.map((hit) => hit.kind.title))].filter((title) => title !== first!.kind.title);
    const quoted = `the heading “${first!.heading.slice(0, 80)}”`;
    return others.length === 0
      ? kindReading(first!.kind.id, quoted, true)
      : kindReading(first!.kind.id, `${quoted}, though other headings name ${others.join(' and ')}`, false);
  }
  const fromFields = kindFromFields(snapshot, services);
  if (fromFields?.certain) return fromFields;
  const fromContent = kindOfContent([...titlesOf(snapshot.headings ?? []), ...(snapshot.lead ?? [])], services);
  if (fromContent) return fromContent;
  if (fromFields) return fromFields;
  const titled = kindsNamedBy([snapshot.title])[0];
  return titled ? kindReading(titled.kind.id, `only the page title “${snapshot.title.slice(0, 80)}”`, false) : null;
}

/** A claim file is a professional claim, or a prior-authorization request when its use says so (FHIR Claim.use, PAS). */
function kindOfFile(snapshot: Snapshot): Reading | null {
  const { source } = snapshot;
  if (source.kind === 'claim-file') {
    const request = source.use === 'preauthorization' || source.use === 'predetermination';
    return request
      ? kindReading('prior-auth-request', 'the claim file (a preauthorization request)', true)
      : kindReading('professional-claim', source.format === 'x12-837p' ? 'the claim file (an 837P)' : 'the claim file (a FHIR Claim)', true);
  }
  if (source.kind === 'document' && source.format !== undefined && /\bcare ?plan\b/i.test(snapshot.title)) {
    return kindReading('plan-of-care', 'the file (a FHIR CarePlan)', true);
  }
  return null;
}

function kindsNamedBy(headings: readonly string[]) {
  const hits: { kind: (typeof KINDS)[number]; heading: string }[] = [];
  for (const heading of headings) {
    // The kind named earliest in a heading is the one it is about ("Progress report — plan of care update").
    const best = KINDS.map((kind) => ({ kind, at: Math.min(...kind.regexes.map((re) => re.exec(heading)?.index ?? Infinity)) }))
      .filter((candidate) => candidate.at !== Infinity)
      .sort((a, b) => a.at - b.at)[0];
    if (best) hits.push({ kind: best.kind, heading: heading.trim() });
  }
  return hits;
}

// "Individualized Treatment Plan", "Master Treatment Plan": a short title that names no kind by itself still joins
// the opening words it heads ("… weekly individual psychotherapy …" makes it a psychotherapy treatment plan). A
// heading of more words is a sentence, and says less about the document than its title would.
const TITLE_MAX_WORDS = 4;

function titlesOf(headings: readonly string[]): string[] {
  return headings.filter((heading) => heading.trim().split(/\s+/).length <= TITLE_MAX_WORDS);
}

/**
 * A whole document's opening words that name a kind ("I am writing to appeal the denial …"): always a guess,
 * since content is not a title. The first kind in kinds.json whose phrases match leads (appeal before LMN).
 */
function kindOfContent(lead: readonly string[], services: readonly string[]): Reading | null {
  if (lead.length === 0) return null;
  const text = lead.join('\n');
  for (const kind of KINDS) {
    if (kind.services && !kind.services.some((service) => services.includes(service))) continue;
    for (const all of kind.phraseRegexes) {
      const matches = all.map((re) => re.exec(text));
      if (matches.every((match) => match !== null)) {
        const words = matches.map((match) => `“${match![0].slice(0, 60)}”`).join(' and ');
        return kindReading(kind.id, `only the document's words ${words}`, false);
      }
    }
  }
  return null;
}

function kindFromFields(snapshot: Snapshot, services: readonly string[]): Reading | null {
  const present = presentConcepts(snapshot);
  const scored = KINDS.filter((kind) => !kind.services || kind.services.some((service) => services.includes(service)))
    .map((kind) => ({ kind, found: kind.concepts.filter((concept) => present.has(concept)) }))
    .filter(({ kind, found }) => found.length >= kind.atLeast);
  if (scored.length === 0) return null;
  // Stable sort: on a tie the kind listed first in kinds.json (the more specific one) leads.
  const [best, next] = [...scored].sort((a, b) => b.found.length - a.found.length);
  const certain = best!.found.length >= best!.kind.certainAtLeast && (next === undefined || next.found.length < best!.found.length);
  const evidence = `${best!.found.length} of its fields (${best!.found.slice(0, 4).join(', ')})`;
  return kindReading(best!.kind.id, evidence, certain);
}

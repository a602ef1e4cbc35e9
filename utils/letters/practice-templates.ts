/**
 * A practice's own letter templates: imported on the options page (a JSON file in the bundled templates' format,
 * rules/letters/templates/README.md), kept in storage.local, and put before the bundled ones when a letter is
 * drafted, so a practice template written for a service or payer wins over ClaimLint's. A template is the
 * practice's wording, never patient data. Each is validated on import and again when read: a stored template that
 * no longer passes (written by an older version, edited by hand) is left out and named, never half-used. A
 * practice's IT administrator may also deploy templates by policy (storage.managed `letterTemplates`): those come
 * first, and the user cannot remove them.
 */
import { parseLetterTemplate, type LetterTemplate } from '../../rules/letters/template-schema';
import { MAX_TEMPLATE_TEXT, readTemplateText } from '../../rules/letters/practice-template-text';
import { BUNDLED_TEMPLATES } from '../../rules/letters/templates/index';
import type { Reply } from '../messages';
import { storedItem, type Unwatch } from '../setting-storage';

/** Most bytes of one template file (checked before the file is read). */
export const MAX_TEMPLATE_BYTES = MAX_TEMPLATE_TEXT;
/** Most practice templates kept (each is a whole letter's wording). */
export const MAX_PRACTICE_TEMPLATES = 50;

const stored = storedItem('local:letterTemplates', []);
const managed = storedItem('managed:letterTemplates', []);

/**
 * How long a letter waits for the policy: Chromium can take seconds to answer the first storage.managed read of a
 * session, and a letter should not wait on it. Past this, the draft is made without the policy's templates and says so.
 */
const POLICY_WAIT_MS = 1_500;
const POLICY_LATE = 'Your administrator\'s letter templates were not available yet; this draft used the others. Press "Draft again" to use them.';

export interface PracticeTemplates {
  templates: LetterTemplate[];
  /** One sentence per stored template that no longer passes, for the page to show. */
  broken: string[];
}

/** The practice's templates as stored, each validated again. */
export async function readPracticeTemplates(): Promise<PracticeTemplates> {
  return validated(await stored.getValue());
}

export function watchPracticeTemplates(onChange: (templates: PracticeTemplates) => void): Unwatch {
  return stored.watch((value) => onChange(validated(value)));
}

/** The templates an administrator deployed by policy, each validated; none without a policy. */
export async function readManagedTemplates(): Promise<PracticeTemplates> {
  return validated(await managed.getValue(), 'Set by your administrator: ');
}

/** Templates in choosing order for a letter: the administrator's, then the user's, then the bundled ones. */
export async function templatesForLetters(): Promise<{ templates: LetterTemplate[]; broken: string[] }> {
  const unread = { templates: [], broken: ['The practice\'s letter templates could not be read; ClaimLint\'s own were used.'] };
  const [policy, practice] = await Promise.all([
    withinPolicyWait(readManagedTemplates().catch(() => ({ templates: [], broken: [] })), { templates: [], broken: [POLICY_LATE] }),
    readPracticeTemplates().catch(() => unread),
  ]);
  return { templates: [...policy.templates, ...practice.templates, ...BUNDLED_TEMPLATES], broken: [...policy.broken, ...practice.broken] };
}

async function withinPolicyWait<T>(read: Promise<T>, late: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late), POLICY_WAIT_MS);
  });
  try {
    return await Promise.race([read, wait]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Imports a template file's text: refused, with the reason its author can act on, when it is not JSON, does not
 * pass the template schema, or takes a bundled template's id (readTemplateText). A template with the id of one
 * already imported replaces it (a corrected version).
 */
export async function importPracticeTemplate(text: string, fileName: string): Promise<Reply<LetterTemplate>> {
  const parsed = readTemplateText(text, fileName);
  if (!parsed.ok) return parsed;
  const { template } = parsed;
  const current = storedList(await stored.getValue());
  const others = current.filter((entry) => idOf(entry) !== template.id);
  if (others.length >= MAX_PRACTICE_TEMPLATES) return { ok: false, error: `There are already ${MAX_PRACTICE_TEMPLATES} letter templates; remove one first.` };
  await stored.setValue([...others, template]);
  return { ok: true, data: template };
}

export async function removePracticeTemplate(id: string): Promise<void> {
  const remaining = storedList(await stored.getValue()).filter((entry) => idOf(entry) !== id);
  await stored.setValue(remaining.length > 0 ? remaining : null);
}

function validated(value: unknown, byPolicy?: string): PracticeTemplates {
  const templates: LetterTemplate[] = [];
  const broken: string[] = [];
  storedList(value).forEach((entry, at) => {
    const parsed = parseLetterTemplate(entry, `"${idOf(entry) ?? `number ${at + 1}`}"`);
    if (parsed.ok) templates.push(parsed.template);
    else broken.push(byPolicy ? `${byPolicy}${parsed.error} It is left out until the policy is corrected.` : `${parsed.error} It is left out until it is imported again.`);
  });
  return { templates, broken };
}

function storedList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function idOf(entry: unknown): string | undefined {
  const id = (entry as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The user's answer to "Who is this claim for?" / "Check this page as …", remembered per site so the next page
 * there is checked as that without asking. Only ids are kept (a payer id, a kind id), never a patient value.
 * The background applies it below the tab's own choice and above the options page's defaults.
 */
import * as z from 'zod/mini';
import { defineSetting, validEntriesOf } from './define-setting';
import { siteOf, siteOriginSchema } from './sites';

const answerIdSchema = z.nullable(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)));

export const siteChoiceSchema = z.object({ site: siteOriginSchema, payer: answerIdSchema, kind: answerIdSchema });
export type SiteChoice = z.infer<typeof siteChoiceSchema>;

/** How many sites are remembered; the oldest answer goes first. */
export const MAX_SITE_CHOICES = 200;

export const siteChoices = defineSetting('local:siteChoices', { schema: validEntriesOf(siteChoiceSchema), fallback: [] });

/** The answer kept for the page's site, or null (none, or a page that is not a site). */
export function siteChoiceFor(choices: readonly SiteChoice[], pageUrl: string): SiteChoice | null {
  const site = siteOf(pageUrl);
  return site === null ? null : (choices.find((choice) => choice.site === site) ?? null);
}

/** Remembers the answer for the page's site (replacing an earlier one); a page that is not a site keeps nothing. */
export async function rememberSiteChoice(pageUrl: string, payer: string | null, kind: string | null): Promise<void> {
  const site = siteOf(pageUrl);
  if (site === null) return;
  const others = (await siteChoices.getValue()).filter((choice) => choice.site !== site);
  await siteChoices.setValue([...others, { site, payer, kind }].slice(-MAX_SITE_CHOICES));
}

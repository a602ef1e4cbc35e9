/**
 * zod/mini ships without messages; parses whose errors a person reads (a rule pack's author, a data file's
 * maintainer) ask for English ones. Only the English locale is imported: `z.locales.en` pulls every locale
 * (~350 kB) into each bundle that uses it.
 */
import en from 'zod/v4/locales/en.js';

/** Parse options that give English error messages: `schema.safeParse(input, english)`. */
export const english = { error: en().localeError };

/**
 * Credentials written into a clinician's name ("Dana Wu, LCSW", "Sam Lee PT, DPT"): payers check them, and
 * many pages have no field of their own for them. The name field keeps its whole value as shown; the
 * credentials become a second, read-only field of their own concept, located at the same element.
 */
import { isCredential } from '../../rules/reading/credentials';

export interface SplitName {
  name: string;
  /** The credentials as written, in order, joined by ", ": "PT, DPT". */
  credentials: string;
}

/** The name and the credentials after it, or null when the value ends with no credential. */
export function splitCredentials(value: string): SplitName | null {
  const words = value.trim().replace(/\s+/g, ' ').split(/(?<=,)\s*|\s+/).filter(Boolean);
  const credentials: string[] = [];
  while (words.length > 1) {
    const last = words[words.length - 1]!.replace(/,$/, '');
    if (!isCredential(last)) break;
    credentials.unshift(last);
    words.pop();
  }
  const name = words.join(' ').replace(/,\s*$/, '').trim();
  // A name is left, with a letter in it, and it is more than one credential-looking word ("PT" alone is no name).
  if (!credentials.length || !/\p{L}{2}/u.test(name) || isCredential(name)) return null;
  return { name, credentials: credentials.join(', ') };
}

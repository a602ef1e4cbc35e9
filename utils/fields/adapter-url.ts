/**
 * Whether a URL is one a site adapter is for. A pattern is a simple glob over the whole URL: "*" is any run of
 * characters (slashes too), case ignored. A saved copy of such a page has lost its URL, so a pattern also matches
 * a URL whose path has a segment, or a file name without its extension, equal to the pattern's last literal path
 * segment (its form name). Apart from the adapters' data, so the content script decides without carrying them.
 */

/** Whether `url` matches one adapter URL pattern (see the file comment for the rules). */
export function urlMatchesPattern(url: string, pattern: string): boolean {
  const glob = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 'i');
  if (glob.test(url)) return true;
  const formName = lastLiteralSegment(pattern);
  if (!formName) return false;
  const segments = pathSegments(url);
  const last = segments[segments.length - 1] ?? '';
  return segments.includes(formName) || last.replace(/\.[a-z0-9]+$/i, '') === formName;
}

function lastLiteralSegment(pattern: string): string | null {
  const path = pattern.replace(/^[^:]*:\/\/[^/]*/, '');
  const literal = path.split('/').filter((segment) => segment && !segment.includes('*'));
  return literal.length > 0 ? literal[literal.length - 1]!.toLowerCase() : null;
}

function pathSegments(url: string): string[] {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url.replace(/[?#].*$/, '');
  }
  return path.split('/').filter(Boolean).map((segment) => safeDecode(segment).toLowerCase());
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

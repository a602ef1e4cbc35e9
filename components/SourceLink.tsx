import type { Source } from '../rules/schema';

/** Only web links open; anything else (a `javascript:` URL in a tampered result, say) stays plain text. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

interface SourceLinkProps {
  source: Source;
}

/** A policy citation: name and section as a link to the policy, then its date and any caveat. */
export function SourceLink({ source }: SourceLinkProps) {
  const name = source.section ? `${source.policy}, ${source.section}` : source.policy;
  return (
    <>
      {isWebUrl(source.url) ? (
        <a href={source.url} target="_blank" rel="noreferrer">
          {name}
        </a>
      ) : (
        name
      )}{' '}
      <span class="source-date">({source.date})</span>
      {source.note && <span class="source-note"> {source.note}</span>}
    </>
  );
}

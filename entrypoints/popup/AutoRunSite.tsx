import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sitePattern } from '../../utils/sites';

interface AutoRunSiteProps {
  /** The checked page's URL; only http(s) sites can be granted. */
  pageUrl: string;
}

/**
 * Lets the user have ClaimLint check this site by itself as they work (an optional host permission for this
 * one site), or stop that. Without it ClaimLint runs only when the toolbar button is clicked.
 */
export function AutoRunSite({ pageUrl }: AutoRunSiteProps) {
  const pattern = sitePattern(pageUrl);
  const [granted, setGranted] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!pattern) return;
    // A browser without the permissions API (or one that throws) just leaves the choice out.
    Promise.resolve()
      .then(() => browser.permissions.contains({ origins: [pattern] }))
      .then(setGranted, () => setGranted(null));
  }, [pattern]);

  if (!pattern || granted === null) return null;
  const host = new URL(pageUrl).hostname;

  // permissions.request must run inside the click itself (Firefox drops it after an await).
  const toggle = () => {
    setError(null);
    const change = granted
      ? browser.permissions.remove({ origins: [pattern] })
      : browser.permissions.request({ origins: [pattern] });
    change.then(
      (changed) => changed && setGranted(!granted),
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  };

  return (
    <footer class="auto-run">
      <p>{granted ? `ClaimLint checks ${host} by itself as you work.` : `ClaimLint checks ${host} when you click its button.`}</p>
      <button type="button" onClick={toggle} data-auto-run={granted ? 'on' : 'off'}>
        {granted ? `Stop checking ${host} automatically` : `Check ${host} automatically`}
      </button>
      {error && <p role="alert">{error}</p>}
    </footer>
  );
}

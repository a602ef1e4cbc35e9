import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface LetterControlsProps {
  tabId: number;
}

/**
 * "Draft letter" and "Draft appeal": open the letter page for this tab. The page asks the background for the draft
 * (made from the page as checked); the appeal page first asks for the denial.
 */
export function LetterControls({ tabId }: LetterControlsProps) {
  const [error, setError] = useState<string | null>(null);
  const open = (type: 'lmn' | 'appeal') => {
    setError(null);
    const query = new URLSearchParams({ tabId: String(tabId), type });
    browser.tabs.create({ url: `${browser.runtime.getURL('/letter.html')}?${query}` }).catch((reason: unknown) => {
      setError(`Couldn't open the letter page: ${reason instanceof Error ? reason.message : String(reason)}`);
    });
  };
  return (
    <section class="export" aria-label="Letters">
      <div class="export-actions">
        <button type="button" onClick={() => open('lmn')}>
          Draft letter
        </button>
        <button type="button" onClick={() => open('appeal')}>
          Draft appeal
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

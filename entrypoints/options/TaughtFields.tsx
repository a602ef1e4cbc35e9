import { useState } from 'preact/hooks';
import { CONCEPTS } from '../../rules/concepts';
import { fieldMappings, withoutTaughtField } from '../../utils/field-mappings';
import { useSetting } from '../../components/use-setting';

/** The fields the user taught ClaimLint, per site (a selector and a concept, never a page value), to delete. */
export function TaughtFields() {
  const [error, setError] = useState<string | null>(null);
  const fail = (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason));
  const [mappings, saveMappings] = useSetting(fieldMappings, fail);

  const remove = async (origin: string, selector: string) => {
    setError(null);
    try {
      // Re-read first, so a field taught in another tab meanwhile is not lost by this write.
      await saveMappings(withoutTaughtField(await fieldMappings.getValue(), origin, selector));
    } catch (reason) {
      fail(reason);
    }
  };

  const sites = Object.entries(mappings?.value ?? {});
  return (
    <section class="options-section" aria-labelledby="taught-heading">
      <h2 id="taught-heading" class="section-label">Fields you taught</h2>
      {sites.length === 0 && <p class="options-help">None. Right-click a field on a page and choose “ClaimLint: this field is…”.</p>}
      {sites.map(([origin, fields]) => (
        <div key={origin} class="options-site">
          <h3 class="options-subheading">{origin === 'file://' ? 'Saved pages (file://)' : origin}</h3>
          <ul class="options-list">
            {fields.map((taught) => {
              const concept = CONCEPTS[taught.concept].title;
              return (
                <li key={taught.selector}>
                  <code class="options-selector">{taught.selector}</code>
                  <span> → {concept}</span>
                  <button type="button" onClick={() => void remove(origin, taught.selector)} aria-label={`Delete ${concept} on ${origin}`}>
                    Delete
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

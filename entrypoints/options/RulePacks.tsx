import { useState } from 'preact/hooks';
import { MAX_RULE_PACK_BYTES } from '../../utils/rule-pack-messages';
import { ChecklistSources } from '../../components/ChecklistSources';
import { SourceLink } from '../../components/SourceLink';
import { downloadJson } from '../../utils/download-file';
import { importChosenFile } from './import-file';
import { requestImport, requestRemove, useRulePacks } from './rule-packs-client';


/**
 * The checklists ClaimLint ships with, and the user's own rule packs: import one from a JSON file (refused with
 * the exact reason when it does not pass), export or remove one.
 */
export function RulePacks() {
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  // Read and validated by the background, which carries the engine a pack is checked with.
  const packs = useRulePacks('local', setError) ?? [];
  const managedPacks = useRulePacks('managed') ?? [];
  const bundled = useRulePacks('bundled', setError) ?? [];

  const importFile = (input: HTMLInputElement) => {
    setError(null);
    setImported(null);
    // importRulePack checks the text's size again.
    return importChosenFile(input, {
      maxBytes: MAX_RULE_PACK_BYTES,
      tooLarge: (file) => `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a rule pack can be at most 1 MB.`,
      importText: (text) => requestImport(text),
      onError: setError,
      onImported: setImported,
    });
  };

  const remove = (id: string) => {
    setError(null);
    setImported(null);
    void requestRemove(id).then((result) => {
      if (!result.ok) setError(result.error);
    });
  };

  return (
    <section class="options-section" aria-labelledby="rule-packs-heading">
      <h2 id="rule-packs-heading" class="section-label">Rule packs</h2>
      <h3 class="options-subheading">Your rule packs</h3>
      {packs.length === 0 && <p class="options-help">None imported.</p>}
      <ul class="options-list" data-rule-packs>
        {packs.map((pack) => (
          <li key={pack.id} data-checklist-id={pack.id}>
            <span class="checklist-title">{pack.title}</span>
            <span class="checklist-meta">
              {pack.payer} · {pack.service} · reviewed {pack.vintage}
            </span>
            <span class="checklist-source">
              Source: <SourceLink source={pack.source} />
            </span>
            <span class="options-actions">
              <button type="button" onClick={() => downloadJson(pack, `${pack.id}.json`)} aria-label={`Export ${pack.title}`}>
                Export
              </button>
              <button type="button" onClick={() => remove(pack.id)} aria-label={`Remove ${pack.title}`}>
                Remove
              </button>
            </span>
          </li>
        ))}
      </ul>
      <label class="options-import">
        Import a rule pack (JSON file)
        <input type="file" accept=".json,application/json" onChange={(event) => void importFile(event.currentTarget)} />
      </label>
      {error && (
        <p role="alert" class="notice notice-error" data-import-error>
          {error}
        </p>
      )}
      {imported && (
        <p role="status" class="notice">
          Imported “{imported}”.
        </p>
      )}
      {managedPacks.length > 0 && (
        <div class="options-managed" data-locked="rulePacks">
          <p class="options-help">Set by your administrator (cannot be removed here):</p>
          <ChecklistSources checklists={managedPacks} />
        </div>
      )}
      <div class="options-bundled">
        <ChecklistSources checklists={bundled} />
      </div>
    </section>
  );
}

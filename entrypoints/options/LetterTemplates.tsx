import { useEffect, useState } from 'preact/hooks';
import type { LetterTemplate } from '../../rules/letters/template-schema';
import { BUNDLED_TEMPLATES } from '../../rules/letters/templates/index';
import { downloadJson } from '../../utils/download-file';
import { importChosenFile } from './import-file';
import {
  importPracticeTemplate, MAX_TEMPLATE_BYTES, readManagedTemplates, readPracticeTemplates, removePracticeTemplate, watchPracticeTemplates,
  type PracticeTemplates,
} from '../../utils/letters/practice-templates';


const fits = (template: LetterTemplate) => `${template.services.join(', ')} · payers: ${template.payers.join(', ')}`;

/**
 * The practice's own letter templates: import one from a JSON file (refused with the exact reason when it does not
 * pass), download or remove one. ClaimLint's templates can be downloaded as a starting point. A practice template
 * is used before ClaimLint's for the services and payers it names.
 */
export function LetterTemplates() {
  const [practice, setPractice] = useState<PracticeTemplates | null>(null);
  const [policy, setPolicy] = useState<PracticeTemplates | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<string | null>(null);

  useEffect(() => {
    void readPracticeTemplates().then(setPractice, (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
    // The policy may arrive seconds late (Chromium's first storage.managed read): the section shows without it first.
    void readManagedTemplates().then(setPolicy, () => setPolicy(null));
    return watchPracticeTemplates(setPractice);
  }, []);

  const importFile = (input: HTMLInputElement) => {
    setError(null);
    setImported(null);
    return importChosenFile(input, {
      maxBytes: MAX_TEMPLATE_BYTES,
      tooLarge: (file) => `${file.name} is ${Math.round(file.size / 1000)} kB; a letter template can be at most ${MAX_TEMPLATE_BYTES / 1000} kB.`,
      importText: importPracticeTemplate,
      onError: setError,
      onImported: setImported,
    });
  };

  const remove = (id: string) => {
    setError(null);
    setImported(null);
    void removePracticeTemplate(id);
  };

  const templates = practice?.templates ?? [];
  return (
    <section class="options-section" aria-labelledby="letter-templates-heading">
      <h2 id="letter-templates-heading" class="section-label">Letter templates</h2>
      <p class="options-help">
        The wording of drafted letters of medical necessity. Your own templates are used before ClaimLint's for the
        services and payers they name. Start from one of ClaimLint's (Download), change its id, title and wording, and
        import it. Slots such as {'{patient.name}'} are filled from the page; anything missing stays a visible placeholder.
      </p>
      <h3 class="options-subheading">Your templates</h3>
      {templates.length === 0 && <p class="options-help">None imported.</p>}
      <ul class="options-list" data-letter-templates>
        {templates.map((template) => (
          <li key={template.id}>
            <span class="checklist-title">{template.title}</span>
            <span class="checklist-meta">{fits(template)}</span>
            <span class="options-actions">
              <button type="button" onClick={() => downloadJson(template, `${template.id}.json`)} aria-label={`Download ${template.title}`}>Download</button>
              <button type="button" onClick={() => remove(template.id)} aria-label={`Remove ${template.title}`}>Remove</button>
            </span>
          </li>
        ))}
      </ul>
      {practice?.broken.map((notice) => <p key={notice} class="notice notice-error">{notice}</p>)}
      <label class="options-import">
        Import a letter template (JSON file)
        <input type="file" accept=".json,application/json" onChange={(event) => void importFile(event.currentTarget)} />
      </label>
      {error && <p role="alert" class="notice notice-error" data-template-error>{error}</p>}
      {imported && <p role="status" class="notice">Imported “{imported}”.</p>}
      {policy && (policy.templates.length > 0 || policy.broken.length > 0) && (
        <div class="options-managed" data-locked="letterTemplates">
          <p class="options-help">Set by your administrator (used first; cannot be removed here):</p>
          <ul class="options-list">
            {policy.templates.map((template) => (
              <li key={template.id}>
                <span class="checklist-title">{template.title}</span>
                <span class="checklist-meta">{fits(template)}</span>
              </li>
            ))}
          </ul>
          {policy.broken.map((notice) => <p key={notice} class="notice notice-error">{notice}</p>)}
        </div>
      )}
      <h3 class="options-subheading">ClaimLint's templates</h3>
      <ul class="options-list">
        {BUNDLED_TEMPLATES.map((template) => (
          <li key={template.id}>
            <span class="checklist-title">{template.title}</span>
            <span class="checklist-meta">{fits(template)}</span>
            <span class="options-actions">
              <button type="button" onClick={() => downloadJson(template, `${template.id}.json`)} aria-label={`Download ${template.title}`}>Download</button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

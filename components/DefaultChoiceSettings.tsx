import { useEffect, useState } from 'preact/hooks';
import { KNOWN_PAYERS, KNOWN_SERVICES } from '../rules/select/page-context';
import { IdSelect } from './IdSelect';
import { readSettings, writeSettings, type Settings, type StoredSettings } from '../utils/settings';

/**
 * The payer and service ClaimLint assumes when the popup has no choice for a tab; "read from the page" leaves
 * it to detection. A choice made in the popup still wins for that tab.
 */
export function DefaultChoiceSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [user, setUser] = useState<Settings | null>(null);
  const [locked, setLocked] = useState<StoredSettings['locked']>({ defaultPayer: false, defaultService: false });
  const [corrupt, setCorrupt] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    readSettings().then(
      (stored) => {
        setSettings(stored.settings);
        setUser(stored.user);
        setLocked(stored.locked);
        setCorrupt(stored.corrupt);
      },
      (reason: unknown) => setError(String(reason)),
    );
  }, []);

  // What is saved is the user's own choice; a value set by policy stays in force over it.
  const save = (change: Partial<Settings>) => {
    const next = { ...(user ?? settings!), ...change };
    setUser(next);
    setSettings({ ...settings!, ...change });
    setError(null);
    writeSettings(next).then(
      () => setCorrupt(false),
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  };

  return (
    <section class="options-section" aria-labelledby="defaults-heading">
      <h2 id="defaults-heading" class="section-label">Default payer and service</h2>
      <p class="options-help">Used when you have not picked a payer or service in the popup for a page.</p>
      {corrupt && (
        <p class="notice" role="status" data-settings-corrupt>
          Your saved settings could not be read, so the defaults are shown. Choosing again saves them afresh.
        </p>
      )}
      {settings && (
        <div class="checklist-choice">
          <IdSelect
            label="Default payer"
            value={settings.defaultPayer}
            unsetText="Read from the page"
            options={KNOWN_PAYERS}
            disabled={locked.defaultPayer}
            {...(locked.defaultPayer && { describedBy: 'default-payer-locked' })}
            onChange={(defaultPayer) => save({ defaultPayer })}
          />
          {locked.defaultPayer && (
            <p id="default-payer-locked" class="options-help" data-locked="defaultPayer">
              Set by your administrator.
            </p>
          )}
          <IdSelect
            label="Default service"
            value={settings.defaultService}
            unsetText="Read from the page"
            options={KNOWN_SERVICES}
            disabled={locked.defaultService}
            {...(locked.defaultService && { describedBy: 'default-service-locked' })}
            onChange={(defaultService) => save({ defaultService })}
          />
          {locked.defaultService && (
            <p id="default-service-locked" class="options-help" data-locked="defaultService">
              Set by your administrator.
            </p>
          )}
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

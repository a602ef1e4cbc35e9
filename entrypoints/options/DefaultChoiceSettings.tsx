import { useState } from 'preact/hooks';
import { KNOWN_PAYERS, KNOWN_SERVICES } from '../../rules/select/page-context';
import { IdSelect } from '../../components/IdSelect';
import { managedDefaultPayer, managedDefaultService, settingsInForce, userSettings, type Settings } from '../../utils/default-choice-settings';
import { useSetting } from '../../components/use-setting';

/**
 * The payer and service ClaimLint assumes when the popup has no choice for a tab; "read from the page" leaves
 * it to detection. A choice made in the popup still wins for that tab.
 */
export function DefaultChoiceSettings() {
  const [error, setError] = useState<string | null>(null);
  const fail = (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason));
  const [user, saveUser] = useSetting(userSettings, fail);
  const [managedPayer] = useSetting(managedDefaultPayer);
  const [managedService] = useSetting(managedDefaultService);

  // The user's values show as soon as they are read; a policy, read from storage.managed that may answer seconds
  // later, locks its control when it arrives (as the background uses it once it has answered).
  const ready = user !== null;
  const { settings, locked } = settingsInForce(user?.value ?? userSettings.fallback, {
    defaultPayer: managedPayer?.value ?? null,
    defaultService: managedService?.value ?? null,
  });

  // What is saved is the user's own choice; a value set by policy stays in force over it.
  const save = (change: Partial<Settings>) => {
    setError(null);
    saveUser({ ...user!.value, ...change }).catch(fail);
  };

  return (
    <section class="options-section" aria-labelledby="defaults-heading">
      <h2 id="defaults-heading" class="section-label">Default payer and service</h2>
      <p class="options-help">Used when you have not picked a payer or service in the popup for a page.</p>
      {user?.corrupt && (
        <p class="notice" role="status" data-settings-corrupt>
          Your saved settings could not be read, so the defaults are shown. Choosing again saves them afresh.
        </p>
      )}
      {ready && (
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

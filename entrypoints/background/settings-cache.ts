/**
 * The settings and rule packs every check uses, kept in memory: read from storage on first use, then kept
 * current by one watcher per setting (the user's and the administrator's), so the re-check that follows each
 * keystroke reads no storage and parses no pack. A service worker that wakes up fills it again on first use.
 */
import { compileChecklist, type CompiledChecklist } from '../../rules/compile-checklist';
import type { Checklist } from '../../rules/schema';
import type { Setting } from '../../utils/define-setting';
import {
  managedDefaultPayer,
  managedDefaultService,
  managedRulePacks,
  rulePacks,
  rulePacksInForce,
  settingsInForce,
  userSettings,
  type Settings,
} from '../../utils/settings';
import { siteChoices, type SiteChoice } from '../../utils/site-choices';

export interface CurrentSettings {
  /** The default payer and service in force: an administrator's where set, else the user's. */
  settings: Settings;
  /**
   * The rule packs checked besides the bundled checklists, each validated and compiled (once per change, not per
   * check): the administrator's, then the user's.
   */
  rulePacks: CompiledChecklist[];
  /** The user's answers to "Who is this claim for?" / "Check this page as …", per site. */
  siteChoices: SiteChoice[];
}

export interface SettingsCache {
  /** The settings and rule packs in force: the same object (and pack objects) until one of them changes. */
  current(): Promise<CurrentSettings>;
  /** Stops watching and forgets what was read. */
  stop(): void;
}

export function createSettingsCache(): SettingsCache {
  let current: Promise<CurrentSettings> | null = null;
  const changed = () => {
    current = null;
  };
  const user = cachedSetting(userSettings, changed);
  const payerByPolicy = cachedSetting(managedDefaultPayer, changed);
  const serviceByPolicy = cachedSetting(managedDefaultService, changed);
  const userPacks = cachedSetting(rulePacks, changed);
  const packsByPolicy = cachedSetting(managedRulePacks, changed);
  const answers = cachedSetting(siteChoices, changed);

  const combine = async (): Promise<CurrentSettings> => {
    const [own, defaultPayer, defaultService, ownPacks, policyPacks, bySite] = await Promise.all([
      user.get(),
      payerByPolicy.get(),
      serviceByPolicy.get(),
      userPacks.get(),
      packsByPolicy.get(),
      answers.get(),
    ]);
    return {
      settings: settingsInForce(own, { defaultPayer, defaultService }).settings,
      rulePacks: rulePacksInForce(policyPacks, ownPacks).map(compiledOnce),
      siteChoices: bySite,
    };
  };

  return {
    current() {
      if (!current) {
        const combining = combine();
        current = combining;
        // A failed read is not kept: the next check tries again.
        combining.catch(() => {
          if (current === combining) current = null;
        });
      }
      return current;
    },
    stop() {
      for (const setting of [user, payerByPolicy, serviceByPolicy, userPacks, packsByPolicy, answers]) setting.stop();
      current = null;
    },
  };
}

// A pack object read once is compiled once: a change of the defaults alone keeps the packs, and their compilation.
const compiled = new WeakMap<Checklist, CompiledChecklist>();
function compiledOnce(pack: Checklist): CompiledChecklist {
  let result = compiled.get(pack);
  if (!result) {
    result = compileChecklist(pack);
    compiled.set(pack, result);
  }
  return result;
}

/** The cache the background's checks use. */
export const settingsCache = createSettingsCache();

/** One setting's value in memory: read on first use, then replaced by each value its watcher reports. */
function cachedSetting<T>(setting: Setting<T>, onChange: () => void) {
  let value: Promise<T> | null = null;
  let unwatch: (() => void) | null = null;
  return {
    get(): Promise<T> {
      // Watching starts before the first read, so a change made while that read is pending wins over it.
      unwatch ??= setting.watch((next) => {
        value = Promise.resolve(next);
        onChange();
      });
      if (!value) {
        const reading = setting.getValue();
        value = reading;
        reading.catch(() => {
          if (value === reading) value = null;
        });
      }
      return value;
    },
    stop() {
      unwatch?.();
      unwatch = null;
      value = null;
    },
  };
}

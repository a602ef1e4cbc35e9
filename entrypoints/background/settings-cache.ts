/**
 * The settings and rule packs every check uses, kept in memory: read from storage on first use, then kept
 * current by one watcher per setting (the user's and the administrator's), so the re-check that follows each
 * keystroke reads no storage and parses no pack. A service worker that wakes up fills it again on first use.
 *
 * The administrator's policy (storage.managed) is never waited for by a check: Chromium's first managed read in a
 * browser session takes seconds. A check uses the policy when it has answered (or answers within one task), else
 * the policy as last read on this profile; when the policy then answers with something else, or changes later,
 * the cache tells its listeners so that the open tabs are checked again with it.
 */
import { compileChecklist, type CompiledChecklist } from '../../rules/compile-checklist';
import type { Checklist } from '../../rules/schema';
import type { Setting } from '../../utils/define-setting';
import { managedDefaultPayer, managedDefaultService, settingsInForce, userSettings, type Settings } from '../../utils/default-choice-settings';
import { lastPolicySeen, managedRulePacks, NO_POLICY, rulePacks, rulePacksInForce, type Policy } from '../../utils/settings';
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
  /**
   * Calls back when the administrator's policy in force changes after a check used another one: it answered
   * late with something else than the policy last seen, or it changed. Returns a function that stops it.
   */
  onPolicyChange(listener: () => void): () => void;
  /** Stops watching and forgets what was read. */
  stop(): void;
}

export function createSettingsCache(): SettingsCache {
  let current: Promise<CurrentSettings> | null = null;
  const changed = () => {
    current = null;
  };
  const listeners = new Set<() => void>();
  /**
   * The policy the open tabs were last checked with, as text (undefined: no check yet): set by the first check,
   * then by each notice that the policy changed.
   */
  let policyUsed: string | undefined;
  let notifying = false;
  const policyChanged = () => {
    current = null;
    // One storage change reports each managed key on its own: the listeners hear of it once.
    if (notifying) return;
    notifying = true;
    setTimeout(() => {
      notifying = false;
      void policyNow().then((policy) => {
        const now = JSON.stringify(policy);
        if (policyUsed === undefined || now === policyUsed) return;
        policyUsed = now;
        for (const listener of listeners) listener();
      }, () => {});
    }, 0);
  };
  const user = cachedSetting(userSettings, changed);
  const payerByPolicy = cachedSetting(managedDefaultPayer, policyChanged);
  const serviceByPolicy = cachedSetting(managedDefaultService, policyChanged);
  const userPacks = cachedSetting(rulePacks, changed);
  const packsByPolicy = cachedSetting(managedRulePacks, policyChanged);
  const answers = cachedSetting(siteChoices, changed);
  const lastSeen = cachedSetting(lastPolicySeen, () => {});

  /** The policy as storage.managed answers it; once it has, remembered for the next browser start. */
  const policyNow = (): Promise<Policy> => {
    const reading = Promise.all([payerByPolicy.get(), serviceByPolicy.get(), packsByPolicy.get()]).then(
      ([defaultPayer, defaultService, packs]): Policy => ({ defaultPayer, defaultService, rulePacks: packs }),
    );
    // Not remembered (storage full, say): the next browser start waits for nothing all the same, with no policy.
    reading.then(remember).catch(() => {});
    return reading;
  };
  const remember = async (policy: Policy) => {
    const seen = await lastSeen.get();
    if (JSON.stringify(seen) !== JSON.stringify(policy)) await lastPolicySeen.setValue(policy);
  };

  const combine = async (): Promise<CurrentSettings> => {
    const policyAnswer = policyNow();
    const [own, ownPacks, bySite] = await Promise.all([user.get(), userPacks.get(), answers.get()]);
    // Waiting one task lets a policy that answers promptly be used: a read soon after another one in the browser
    // does; the first one of a browser session (and often of a new worker) waits seconds for the policy service.
    const fallback = nextTask().then(async () => (await lastSeen.get().catch(() => null)) ?? NO_POLICY);
    const policy = await Promise.race([policyAnswer, fallback]);
    const used = JSON.stringify(policy);
    policyUsed ??= used;
    // A policy that answers later with something else is a change: the next check uses it, the listeners re-check.
    void policyAnswer.then((answered) => {
      if (JSON.stringify(answered) !== used) policyChanged();
    }, () => {});
    return {
      settings: settingsInForce(own, policy).settings,
      rulePacks: rulePacksInForce(policy.rulePacks, ownPacks).map(compiledOnce),
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
    onPolicyChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      for (const setting of [user, payerByPolicy, serviceByPolicy, userPacks, packsByPolicy, answers, lastSeen]) setting.stop();
      current = null;
      policyUsed = undefined;
    },
  };
}

function nextTask(): Promise<void> {
  return new Promise((done) => setTimeout(done, 0));
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

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Setting, SettingRead } from '../utils/define-setting';

// Values read before a page's first render (preloadSettings), so its controls paint with them, not empty.
const preloaded = new Map<Setting<unknown>, SettingRead<unknown>>();

/**
 * Reads these settings now, so the components that use them render their stored values in the first paint. A
 * setting whose storage cannot be read (no policy storage in this browser) starts as its fallback, as useSetting
 * shows it then; the component still hears the error when it follows the setting.
 */
export async function preloadSettings(settings: readonly Setting<unknown>[]): Promise<void> {
  await Promise.all(
    settings.map((setting) =>
      setting.read().then(
        (read) => void preloaded.set(setting, read),
        () => void preloaded.set(setting, { value: setting.fallback, corrupt: false }),
      ),
    ),
  );
}

/**
 * A setting's value in a component (null until the first read), kept current as it changes in storage (another
 * tab, the popup, a policy), and a save that shows the new value at once and puts the old one back if it fails.
 * Showing it at once matters: a control the user just changed must not be re-rendered with the old value while
 * the write is on its way.
 */
export function useSetting<T>(
  setting: Setting<T>,
  onError?: (error: unknown) => void,
): [SettingRead<T> | null, (value: T) => Promise<void>] {
  const [read, setRead] = useState<SettingRead<T> | null>(() => (preloaded.get(setting as Setting<unknown>) as SettingRead<T> | undefined) ?? null);
  const latestOnError = useRef(onError);
  latestOnError.current = onError;
  useEffect(
    () =>
      setting.follow(
        (value, corrupt) => setRead({ value, corrupt }),
        (error) => {
          // Storage that cannot be read at all reads as the fallback too; the component may also say why.
          setRead((current) => current ?? { value: setting.fallback, corrupt: false });
          latestOnError.current?.(error);
        },
      ),
    [setting],
  );
  const save = async (value: T) => {
    setRead({ value, corrupt: false });
    try {
      await setting.setValue(value);
    } catch (error) {
      setRead(read);
      throw error;
    }
  };
  return [read, save];
}

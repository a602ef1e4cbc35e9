import { useEffect, useRef, useState } from 'preact/hooks';
import type { Setting, SettingRead } from '../utils/define-setting';

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
  const [read, setRead] = useState<SettingRead<T> | null>(null);
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

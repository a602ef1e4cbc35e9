import { useEffect, useState } from 'preact/hooks';
import { readMarksHidden, setMarksHidden } from '../utils/marks-setting';

/** "Show marks on the page": one switch for the inline marks in every tab. */
export function ShowMarksSetting() {
  const [hidden, setHidden] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    readMarksHidden().then(setHidden, () => setHidden(false));
  }, []);

  if (hidden === null) return null;
  const change = (show: boolean) => {
    setError(null);
    setHidden(!show);
    setMarksHidden(!show).catch((reason: unknown) => {
      setHidden(show);
      setError(`Couldn't save the setting: ${reason instanceof Error ? reason.message : String(reason)}`);
    });
  };

  return (
    <div class="show-marks">
      <label>
        <input type="checkbox" checked={!hidden} onChange={(event) => change(event.currentTarget.checked)} />{' '}
        Show marks on the page
      </label>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

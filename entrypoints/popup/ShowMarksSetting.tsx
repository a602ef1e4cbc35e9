import { useState } from 'preact/hooks';
import { marksHidden } from '../../utils/marks-setting';
import { useSetting } from '../../components/use-setting';

/** "Show marks on the page": one switch for the inline marks in every tab. */
export function ShowMarksSetting() {
  const [hidden, saveHidden] = useSetting(marksHidden);
  const [error, setError] = useState<string | null>(null);

  if (hidden === null) return null;
  const change = (show: boolean) => {
    setError(null);
    saveHidden(!show).catch((reason: unknown) => {
      setError(`Couldn't save the setting: ${reason instanceof Error ? reason.message : String(reason)}`);
    });
  };

  return (
    <div class="show-marks">
      <label>
        <input type="checkbox" checked={!hidden.value} onChange={(event) => change(event.currentTarget.checked)} />{' '}
        Show marks on the page
      </label>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

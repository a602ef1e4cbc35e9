import { useState } from 'preact/hooks';

interface DenialFormProps {
  busy: boolean;
  /** The denial as text the background reads (utils/denials): "Label: value" lines, or what was pasted. */
  onSubmit: (denial: string) => void;
}

/**
 * The denial for an appeal, typed from the letter or the EOB by hand, or pasted whole (an EOB's text, an 835).
 * The typed boxes become "Label: value" lines, which readManualDenial reads; nothing is sent anywhere else.
 */
export function DenialForm({ busy, onSubmit }: DenialFormProps) {
  const [claim, setClaim] = useState('');
  const [date, setDate] = useState('');
  const [codes, setCodes] = useState('');
  const [reason, setReason] = useState('');
  const [appealBy, setAppealBy] = useState('');
  const [pasted, setPasted] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    if (pasted.trim() !== '') return onSubmit(pasted);
    const lines = [['Claim number', claim], ['Denial date', date], ['Reason codes', codes], ['Reason', reason], ['Appeal by', appealBy]]
      .filter(([, value]) => value!.trim() !== '')
      .map(([label, value]) => `${label}: ${value!.replace(/\s+/g, ' ').trim()}`);
    onSubmit(lines.join('\n'));
  };

  return (
    <form class="denial-form" aria-label="The denial" onSubmit={submit}>
      <h2>The denial</h2>
      <p class="hint">From the denial letter or the EOB. The appeal answers each reason.</p>
      <div class="denial-grid">
        <label>
          Claim number
          <input value={claim} onInput={(event) => setClaim(event.currentTarget.value)} />
        </label>
        <label>
          Denial date
          <input type="date" value={date} onInput={(event) => setDate(event.currentTarget.value)} />
        </label>
        <label>
          Reason codes
          <input value={codes} placeholder="CO-50, N115" onInput={(event) => setCodes(event.currentTarget.value)} />
        </label>
        <label>
          Appeal by (if the notice gives a date)
          <input type="date" value={appealBy} onInput={(event) => setAppealBy(event.currentTarget.value)} />
        </label>
        <label class="wide">
          Reason, as the payer wrote it
          <input value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
        </label>
        <label class="wide">
          Or paste the denial (the EOB's text, an 835, or “Label: value” lines)
          <textarea rows={4} value={pasted} onInput={(event) => setPasted(event.currentTarget.value)} />
        </label>
      </div>
      <button type="submit" disabled={busy}>
        Draft appeal
      </button>
    </form>
  );
}

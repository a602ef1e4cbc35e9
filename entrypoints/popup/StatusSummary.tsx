interface StatusSummaryProps {
  counts: { fail: number; cantTell: number; pass: number } | null;
  /** One line about the state: "Checking…", an error, "No claim fields…". */
  message: string | null;
  tone?: 'neutral' | 'error';
}

/**
 * The popup's live region: screen readers hear when a check starts, fails, or the counts change as the
 * user edits the page.
 */
export function StatusSummary({ counts, message, tone = 'neutral' }: StatusSummaryProps) {
  return (
    <div class={`status status-${tone}`} role="status" aria-live="polite">
      {message && <p class="status-message">{message}</p>}
      {counts && (
        <ul class="counts" aria-label="Summary">
          <li class="count count-fail">
            <span class="count-number" data-count="fail">{counts.fail}</span> to fix
          </li>
          <li class="count count-cantTell">
            <span class="count-number" data-count="cantTell">{counts.cantTell}</span> can't tell
          </li>
          <li class="count count-pass">
            <span class="count-number" data-count="pass">{counts.pass}</span> passed
          </li>
        </ul>
      )}
    </div>
  );
}

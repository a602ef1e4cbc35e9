import type { ClaimFileView } from '../../utils/messages';
import { claimFileSummary, claimLabel, selectedClaim } from './claim-file-words';

interface ClaimFilePickerProps {
  view: ClaimFileView;
  /** The user chose another claim (1-based position); its findings arrive with the next result. */
  onSelect(position: number): void;
}

/**
 * The claim file the tab shows: how many claims it holds and how they fared, a selector when there are several,
 * the selected claim's place and type, and why no marks appear on the page.
 */
export function ClaimFilePicker({ view, onSelect }: ClaimFilePickerProps) {
  const selected = selectedClaim(view);
  return (
    <section class="claim-file" aria-label="Claim file">
      {!view.unread && <p class="claim-file-summary">{claimFileSummary(view)}</p>}
      {view.claims.length > 1 && (
        <label class="claim-select">
          <span>Claim</span>
          <select name="claim" value={String(view.selected)} onChange={(event) => onSelect(Number(event.currentTarget.value))}>
            {view.claims.map((claim) => (
              <option key={claim.position} value={String(claim.position)}>
                {claimLabel(claim, view)}
              </option>
            ))}
          </select>
        </label>
      )}
      {view.claims.length === 1 && selected && <p class="claim-only">{claimLabel(selected, view)}</p>}
      {selected && <p class="claim-title">{selected.title}</p>}
      {view.notices.map((notice) => (
        <p key={notice} class="claim-file-notice">
          {notice}
        </p>
      ))}
      <p class="claim-file-marks">No marks on the page: a claim file has no fields to mark. Each finding names the claim's field instead.</p>
    </section>
  );
}

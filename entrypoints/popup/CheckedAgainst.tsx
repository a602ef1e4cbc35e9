import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ChecklistSummary } from '../../utils/messages';

/** "CMS-1500 / 837P professional claim" from "CMS-1500 / 837P professional claim — the boxes every payer reads". */
export function shortTitle(title: string): string {
  return title.split(/\s+—\s+/)[0]!.trim();
}

interface CheckedAgainstProps {
  checklists: readonly ChecklistSummary[];
  /** The selectors and sources "change" opens: today's payer / service / kind choice and each checklist's source. */
  children: ComponentChildren;
}

/**
 * What the page was checked against, in one line above the to-do list ("Checked against CMS-1500 + Aetna CPB 0325
 * · change"); "change" opens the choice of payer, service and kind and the checklists' sources.
 */
export function CheckedAgainst({ checklists, children }: CheckedAgainstProps) {
  const [open, setOpen] = useState(false);
  const names = checklists.map((checklist) => shortTitle(checklist.title)).join(' + ');
  return (
    <div class="checked-against">
      <p class="checked-against-line">
        <span class="checked-against-names" title={names}>
          {checklists.length > 0 ? `Checked against ${names}` : 'No checklist applied'}
        </span>
        <button
          type="button"
          class="link-button checked-against-change"
          aria-expanded={open}
          aria-controls="checked-against-panel"
          onClick={() => setOpen((was) => !was)}
        >
          {open ? 'done' : 'change'}
        </button>
      </p>
      <div id="checked-against-panel" class="checked-against-panel" hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}

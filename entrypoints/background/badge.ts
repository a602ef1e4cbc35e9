import { browser } from 'wxt/browser';
import type { Finding } from '../../rules/schema';

const SEVERITY_COLOURS = { critical: '#b3261e', serious: '#c5221f', moderate: '#b06000', minor: '#5f6368' } as const;
const SEVERITY_ORDER = ['critical', 'serious', 'moderate', 'minor'] as const;

/** The badge while ClaimLint waits for the user to say what the page is: never a green 0 on a guess. */
export const ASK_BADGE = '?';

/**
 * Number of gaps on the toolbar button, coloured by the worst one; nothing when the page has no claim fields;
 * "?" ('ask') when the popup asks what the page is before it counts.
 */
export async function showGapBadge(tabId: number, findings: Finding[] | null | 'ask'): Promise<void> {
  const gaps = Array.isArray(findings) ? findings.filter((finding) => finding.status === 'fail') : [];
  const text = findings === 'ask' ? ASK_BADGE : findings === null ? '' : gaps.length > 99 ? '99+' : String(gaps.length);
  const worst = SEVERITY_ORDER.find((severity) => gaps.some((gap) => gap.severity === severity));
  const colour = findings === 'ask' ? '#5f6368' : worst ? SEVERITY_COLOURS[worst] : '#188038';
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: colour });
  } catch {
    // The tab closed while we were working; nothing to show.
  }
}

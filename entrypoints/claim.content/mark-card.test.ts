// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../rules/schema';
import { MarkCard } from './mark-card';

const PAYLOAD = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    checklistId: 'sample', ruleId: 'diagnosis-codes', title: 'Diagnosis codes', severity: 'critical', status: 'fail', concept: 'claim.diagnosis',
    index: 'A', fieldKey: 'f0', message: `Diagnosis A M54.5 ${PAYLOAD} is a category`, why: 'why', fix: `Choose ${PAYLOAD}`, problem: 'invalid',
    source: 'Sample', citation: { policy: 'Sample', url: 'https://example.org', date: '2025-01-15' },
    suggestions: [{ value: 'M54.50', label: 'M54.50' }, { value: `${PAYLOAD}`, label: PAYLOAD }],
    ...overrides,
  };
}

/** A field with a layout box in a 1024 x 768 window (happy-dom lays nothing out). */
function fieldOnScreen(): HTMLInputElement {
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1024);
  vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(768);
  const input = document.createElement('input');
  input.value = 'M54.5';
  document.body.append(input);
  vi.spyOn(input, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 40, y: 100, width: 120, height: 24 }));
  return input;
}

const cardRoot = () => document.querySelector('claimlint-card')?.shadowRoot ?? null;

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelector('claimlint-card')?.remove();
  vi.restoreAllMocks();
});

describe('MarkCard', () => {
  it('shows the problem, the fix and the suggestions as text: page text never becomes markup', () => {
    const input = fieldOnScreen();
    const card = new MarkCard(document, { elementFor: () => input, ignore: () => {} }, new AbortController().signal);
    card.toggle({ fieldKey: 'f0', element: input, findings: [finding()] }, document.createElement('span'));
    const root = cardRoot()!;
    expect(root.querySelector('[role="dialog"]')!.textContent).toContain(`Problem: Diagnosis A M54.5 ${PAYLOAD} is a category`);
    expect(root.querySelector('[role="dialog"]')!.textContent).toContain(`Fix: Choose ${PAYLOAD}`);
    expect([...root.querySelectorAll('.suggestion')].map((button) => button.textContent)).toEqual(['M54.50', PAYLOAD]);
    expect(root.querySelector('img, script')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('fills nothing on a script\'s click (only a user\'s own click fills), and writes no value when opened', () => {
    const input = fieldOnScreen();
    const card = new MarkCard(document, { elementFor: () => input, ignore: () => {} }, new AbortController().signal);
    card.toggle({ fieldKey: 'f0', element: input, findings: [finding()] }, document.createElement('span'));
    expect(input.value).toBe('M54.5');
    cardRoot()!.querySelector<HTMLButtonElement>('.suggestion')!.click();
    expect(input.value).toBe('M54.5');
  });

  it('"Ignore on this claim" closes the card and asks the session to hide that finding', () => {
    const input = fieldOnScreen();
    const ignored: Finding[] = [];
    const card = new MarkCard(document, { elementFor: () => input, ignore: (item) => ignored.push(item) }, new AbortController().signal);
    const shown = finding();
    card.toggle({ fieldKey: 'f0', element: input, findings: [shown] }, document.createElement('span'));
    const ignore = [...cardRoot()!.querySelectorAll('button')].find((button) => button.textContent === 'Ignore on this claim')!;
    expect(cardRoot()!.getElementById(ignore.getAttribute('aria-describedby')!)!.textContent).toMatch(/popup still lists it/);
    ignore.click();
    expect(ignored).toEqual([shown]);
    expect(document.querySelector('claimlint-card')).toBeNull();
    expect(card.fieldKey).toBeNull();
  });

  it('a second press on the same badge closes it, and Escape closes it with focus back on the badge', () => {
    const input = fieldOnScreen();
    const badge = document.createElement('button');
    document.body.append(badge);
    const card = new MarkCard(document, { elementFor: () => input, ignore: () => {} }, new AbortController().signal);
    const mark = { fieldKey: 'f0', element: input, findings: [finding({ suggestions: undefined })] };
    card.toggle(mark, badge);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    card.toggle(mark, badge);
    expect(document.querySelector('claimlint-card')).toBeNull();
    card.toggle(mark, badge);
    cardRoot()!.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('claimlint-card')).toBeNull();
    expect(document.activeElement).toBe(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });
});

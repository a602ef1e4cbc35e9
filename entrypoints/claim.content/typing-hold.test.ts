// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../rules/schema';
import { TypingHold } from './typing-hold';

const finding = (fieldKey: string, ruleId: string, message: string): Finding => ({
  checklistId: 'sample', ruleId, title: 'Rule', severity: 'serious', status: 'fail', concept: null, index: null,
  fieldKey, message, why: 'why', fix: 'fix', source: 'Sample policy',
  citation: { policy: 'Sample policy', section: 'S', url: 'https://example.org', date: '2025-01-15' },
});

let controller: AbortController;
afterEach(() => {
  controller?.abort();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function setUp(byUser = true) {
  vi.useFakeTimers();
  document.body.innerHTML = '<input id="time"><input id="npi"><select id="pos"><option>11</option><option>10</option></select>';
  const [time, npi, pos] = ['time', 'npi', 'pos'].map((id) => document.getElementById(id)!);
  const elements = new Map([['time', time!], ['npi', npi!], ['pos', pos!]]);
  controller = new AbortController();
  const released = vi.fn();
  const hold = new TypingHold(document, controller.signal, released, { pauseMs: 1000, byUser: () => byUser });
  const type = (element: Element) => element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  return { time: time!, npi: npi!, pos: pos!, elements, released, hold, type };
}

describe('TypingHold', () => {
  it('shows no new problem on the field being typed in ("3:"), until typing pauses', () => {
    const { time, elements, released, hold, type } = setUp();
    type(time);
    const checked = new Map([['time', [finding('time', 'time-readable', 'Start time "3:" is not a time')]], ['npi', [finding('npi', 'npi', 'NPI is empty')]]]);
    const shown = hold.hold(checked, elements, new Map());
    expect([...shown.keys()]).toEqual(['npi']);
    vi.advanceTimersByTime(999);
    expect(released).not.toHaveBeenCalled();
    type(time);
    vi.advanceTimersByTime(999);
    expect(released).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(released).toHaveBeenCalledTimes(1);
    expect(hold.hold(checked, elements, shown)).toBe(checked);
  });

  it('keeps what the mark said while typing, drops a problem that was fixed at once, and lets go on blur', () => {
    const { time, elements, released, hold, type } = setUp();
    const before = new Map([['time', [finding('time', 'required', 'Start time is empty')]]]);
    type(time);
    const stillFailing = hold.hold(new Map([['time', [finding('time', 'required', 'Start time "3" is not complete'), finding('time', 'range', 'new')]]]), elements, before);
    expect(stillFailing.get('time')).toEqual(before.get('time'));
    expect(hold.hold(new Map(), elements, before).has('time')).toBe(false);
    time.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    expect(released).toHaveBeenCalledTimes(1);
    expect(hold.typingIn).toBeNull();
  });

  it('does not hold a choice in a select, or a value a script set', () => {
    const { pos, elements, hold, type } = setUp();
    type(pos);
    const checked = new Map([['pos', [finding('pos', 'place', 'Place of service 11 is not telehealth')]]]);
    expect(hold.hold(checked, elements, new Map()).has('pos')).toBe(true);

    const scripted = setUp(false);
    scripted.type(scripted.time);
    expect(scripted.hold.typingIn).toBeNull();
  });
});

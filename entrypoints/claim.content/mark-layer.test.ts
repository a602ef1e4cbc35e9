// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../rules/schema';
import { MarkLayer } from './mark-layer';

const PAYLOAD = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';

function finding(message: string): Finding {
  return {
    checklistId: 'sample', ruleId: 'r1', title: 'Rule', severity: 'serious', status: 'fail', concept: null, index: null,
    fieldKey: 'f0', message, why: 'why', fix: `Fill ${PAYLOAD}`, source: 'Sample policy',
    citation: { policy: 'Sample policy', section: 'S', url: 'https://example.org', date: '2025-01-15' },
  };
}

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelector('claimlint-marks')?.remove();
});

describe('MarkLayer tooltips', () => {
  it('carry page text as text: the badge title and label hold the payload, no element is made from it', () => {
    const input = document.createElement('input');
    document.body.append(input);
    const layer = new MarkLayer(document);
    layer.render([{ fieldKey: 'f0', element: input, findings: [finding(`Field "${PAYLOAD}" is empty`)] }]);

    const root = document.querySelector('claimlint-marks')!.shadowRoot!;
    const badge = root.querySelector('[role="note"]')!;
    expect(badge.getAttribute('title')).toBe(`Field "${PAYLOAD}" is empty — Fill ${PAYLOAD}`);
    expect(badge.getAttribute('aria-label')).toBe(`ClaimLint: Field "${PAYLOAD}" is empty — Fill ${PAYLOAD}`);
    expect(root.querySelector('img, script')).toBeNull();
    expect(document.querySelector('img, script')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
    layer.destroy();
    expect(document.querySelector('claimlint-marks')).toBeNull();
  });
});

describe('MarkLayer.render after a new answer', () => {
  const findingFor = (fieldKey: string, message: string): Finding => ({ ...finding(message), fieldKey, fix: 'Fill it' });
  const boxOf = (fieldKey: string) => document.querySelector('claimlint-marks')!.shadowRoot!.querySelector(`[data-claimlint-field-key="${fieldKey}"]`);

  it('keeps the box of a mark that did not change, redraws one that did, and removes one that went', () => {
    const [first, second, third] = ['a', 'b', 'c'].map((id) => {
      const input = document.createElement('input');
      input.id = id;
      document.body.append(input);
      return input;
    });
    const layer = new MarkLayer(document);
    layer.render([
      { fieldKey: 'f0', element: first!, findings: [findingFor('f0', 'Member ID is empty')] },
      { fieldKey: 'f1', element: second!, findings: [findingFor('f1', 'NPI is empty')] },
      { fieldKey: 'f2', element: third!, findings: [findingFor('f2', 'Date is empty')] },
    ]);
    const [kept, changed] = [boxOf('f0'), boxOf('f1')];

    layer.render([
      { fieldKey: 'f0', element: first!, findings: [findingFor('f0', 'Member ID is empty')] },
      { fieldKey: 'f1', element: second!, findings: [findingFor('f1', 'NPI 1234567890 fails its check digit')] },
    ]);
    expect(boxOf('f0')).toBe(kept);
    expect(boxOf('f1')).not.toBe(changed);
    expect(boxOf('f1')!.querySelector('[role="note"]')!.getAttribute('title')).toContain('fails its check digit');
    expect(boxOf('f2')).toBeNull();
    expect(changed!.isConnected).toBe(false);
    expect(layer.markedFieldKeys).toEqual(['f0', 'f1']);
    layer.destroy();
  });
});

describe('MarkLayer badges with onActivate (the card opener)', () => {
  it('are buttons named by their count and gaps; a click or Enter activates them and never reaches the page', () => {
    const input = document.createElement('input');
    document.body.append(input);
    const activated: string[] = [];
    const layer = new MarkLayer(document, (fieldKey) => activated.push(fieldKey));
    layer.render([{ fieldKey: 'f0', element: input, findings: [{ ...finding('Member ID is empty'), fix: 'Fill it' }] }]);
    const pageSaw: string[] = [];
    for (const type of ['click', 'mousedown', 'keydown']) document.addEventListener(type, () => pageSaw.push(type));

    const badge = document.querySelector('claimlint-marks')!.shadowRoot!.querySelector<HTMLElement>('[role="button"]')!;
    expect(badge.getAttribute('tabindex')).toBe('0');
    expect(badge.getAttribute('aria-label')).toBe('1 ClaimLint: Member ID is empty — Fill it');
    badge.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    badge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(activated).toEqual(['f0', 'f0']);
    expect(pageSaw).toEqual([]);
    layer.destroy();
  });
});

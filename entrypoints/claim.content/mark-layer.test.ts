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

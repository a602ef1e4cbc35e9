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
    expect(badge.getAttribute('title')).toBe(`Serious: Field "${PAYLOAD}" is empty — Fill ${PAYLOAD}`);
    expect(badge.getAttribute('aria-label')).toBe(`ClaimLint: Serious: Field "${PAYLOAD}" is empty — Fill ${PAYLOAD}`);
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

describe('MarkLayer severity', () => {
  const at = (fieldKey: string, severity: Finding['severity'], message: string): Finding => ({ ...finding(message), fieldKey, severity, fix: 'Fix it' });
  const drawn = (fieldKey: string) => {
    const box = document.querySelector('claimlint-marks')!.shadowRoot!.querySelector<HTMLElement>(`[data-claimlint-field-key="${fieldKey}"]`)!;
    const badge = box.querySelector<HTMLElement>('[data-claimlint-badge]')!;
    return { box, badge };
  };

  it('colours each field by its worst finding, with a glyph, a line style and a label that do not rely on colour', () => {
    const inputs = ['a', 'b', 'c', 'd'].map(() => document.body.appendChild(document.createElement('input')));
    const layer = new MarkLayer(document);
    layer.render([
      { fieldKey: 'f0', element: inputs[0]!, findings: [at('f0', 'minor', 'Label is unusual'), at('f0', 'critical', 'Member ID is empty')] },
      { fieldKey: 'f1', element: inputs[1]!, findings: [at('f1', 'serious', 'NPI fails its check digit')] },
      { fieldKey: 'f2', element: inputs[2]!, findings: [at('f2', 'moderate', 'Date is old')] },
      { fieldKey: 'f3', element: inputs[3]!, findings: [at('f3', 'minor', 'Phone has no area code')] },
    ]);
    const looks = ['f0', 'f1', 'f2', 'f3'].map((key) => {
      const { box, badge } = drawn(key);
      return { severity: box.dataset.claimlintSeverity, glyph: badge.textContent, background: badge.style.getPropertyValue('background'), outline: box.style.getPropertyValue('outline') };
    });
    expect(looks.map((look) => look.severity)).toEqual(['critical', 'serious', 'moderate', 'minor']);
    expect(looks.map((look) => look.glyph)).toEqual(['!! 2', '!', '~', 'i']);
    expect(new Set(looks.map((look) => look.background)).size).toBe(4);
    expect(looks.map((look) => look.outline.split(' ')[1])).toEqual(['solid', 'solid', 'dashed', 'dotted']);
    // The worst first: what the label reads out starts with the critical finding.
    expect(drawn('f0').badge.getAttribute('aria-label')).toMatch(/^ClaimLint: Critical: Member ID is empty — Fix it\nMinor: Label is unusual/);
    layer.destroy();
  });

  it('redraws a mark whose finding changed severity', () => {
    const input = document.body.appendChild(document.createElement('input'));
    const layer = new MarkLayer(document);
    layer.render([{ fieldKey: 'f0', element: input, findings: [at('f0', 'minor', 'Same words')] }]);
    layer.render([{ fieldKey: 'f0', element: input, findings: [at('f0', 'critical', 'Same words')] }]);
    expect(drawn('f0').box.dataset.claimlintSeverity).toBe('critical');
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
    expect(badge.getAttribute('aria-label')).toBe('! ClaimLint: Serious: Member ID is empty — Fill it');
    badge.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    badge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(activated).toEqual(['f0', 'f0']);
    expect(pageSaw).toEqual([]);
    layer.destroy();
  });
});

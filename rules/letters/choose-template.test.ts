import { describe, expect, it } from 'vitest';
import { chooseTemplate } from './choose-template';
import { BUNDLED_TEMPLATES } from './templates/index';

const chosen = (payer: string | null, services: string[]) => chooseTemplate(BUNDLED_TEMPLATES, { payer, services }).id;

describe('chooseTemplate', () => {
  it('takes the template written for the service', () => {
    expect(chosen('aetna', ['massage'])).toBe('medical-massage');
    expect(chosen(null, ['psychotherapy'])).toBe('psychotherapy');
    expect(chosen('premera', ['therapy'])).toBe('physical-therapy');
  });

  it('prefers the most specific service read, whatever the order (massage and chiropractic codes are also "therapy")', () => {
    expect(chosen(null, ['massage', 'therapy'])).toBe('medical-massage');
    expect(chosen(null, ['therapy', 'massage'])).toBe('medical-massage');
    expect(chosen(null, ['therapy', 'chiropractic'])).toBe('chiropractic');
    expect(chosen(null, ['spinal-manipulation'])).toBe('chiropractic');
  });

  it('takes the HSA / FSA template for an HSA / FSA administrator, whatever the service', () => {
    expect(chosen('hsa-fsa', ['massage'])).toBe('hsa-fsa-reimbursement');
    expect(chosen('hsa-fsa', [])).toBe('hsa-fsa-reimbursement');
  });

  it('falls back to the generic template', () => {
    expect(chosen(null, [])).toBe('generic');
    expect(chosen('cigna', ['telehealth'])).toBe('generic');
  });

  it('says so when no template fits', () => {
    expect(() => chooseTemplate(BUNDLED_TEMPLATES.filter((template) => template.id === 'psychotherapy'), { payer: null, services: ['massage'] })).toThrow(/no letter template fits/);
  });
});

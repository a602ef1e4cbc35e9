import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDenials } from './read-denial';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/denials/${name}`, import.meta.url), 'utf8');

describe('readDenials', () => {
  it('sends each kind of input to its reader', () => {
    expect(readDenials(fixture('unpadded-two-claims.835')).map((denial) => denial.source.format)).toEqual(['x12-835', 'x12-835']);
    expect(readDenials(fixture('eob-denied.json'))[0]!.source.format).toBe('fhir-explanation-of-benefit');
    expect(readDenials(fixture('claim-response-auth.json'))[0]!.source.format).toBe('fhir-claim-response');
    expect(readDenials('{"claimNumber":"X1","reasonCodes":"CO-16"}', 'denial.json')[0]!.source).toEqual({ format: 'manual', what: 'denial.json' });
    expect(readDenials('Reason codes: CO-197')[0]!.reasons[0]!.code).toBe('197');
    // An 835 pasted from ST on (no ISA) is an 835, not a denial typed by hand that names no reason.
    expect(readDenials('ST*835*1~CLP*SYN-1*4*10*0~CAS*CO*50*10~SE*3*1~')[0]!).toMatchObject({ claimId: 'SYN-1', source: { format: 'x12-835' } });
  });
});

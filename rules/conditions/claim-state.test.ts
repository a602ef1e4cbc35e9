import { describe, expect, it } from 'vitest';
import { SnapshotFields } from '../reading/snapshot-fields';
import { field, snapshotOf } from '../testing/test-snapshot';
import { readClaimState, readStateCode } from './claim-state';

const stateOf = (...fields: Parameters<typeof field>[]) => readClaimState(new SnapshotFields(snapshotOf(fields.map((args) => field(...args)))));

describe('readStateCode', () => {
  it('reads a USPS code, a name, or the end of an address line', () => {
    expect(readStateCode('WA')).toBe('WA');
    expect(readStateCode(' fl ')).toBe('FL');
    expect(readStateCode('Washington')).toBe('WA');
    expect(readStateCode('District of Columbia')).toBe('DC');
    expect(readStateCode('1200 Example Ave S, Tacoma, WA 98402')).toBe('WA');
    expect(readStateCode('Example Clinic, 5 Bay St, Miami FL 33101-1234')).toBe('FL');
    expect(readStateCode('Santa Fe, New Mexico 87501')).toBe('NM');
    expect(readStateCode('Seattle Washington 98101')).toBe('WA');
  });

  it('reads nothing it would have to guess', () => {
    expect(readStateCode('ZZ')).toBeNull();
    expect(readStateCode('Wash.')).toBeNull();
    expect(readStateCode('1200 Example Ave S, Tacoma')).toBeNull();
    expect(readStateCode('Washington National Insurance Co')).toBeNull();
    expect(readStateCode('')).toBeNull();
  });
});

describe('readClaimState', () => {
  it('takes the accident state first, then the service facility, the payer and the patient address', () => {
    expect(stateOf(['patient.state', 'OR'], ['facility.state', 'WA'], ['claim.accidentState', 'FL'])).toMatchObject({ code: 'FL', concept: 'claim.accidentState' });
    expect(stateOf(['patient.state', 'OR'], ['facility.state', 'Tacoma, WA 98402'])).toMatchObject({ code: 'WA', name: 'Washington', concept: 'facility.state' });
    expect(stateOf(['patient.state', 'OR'], ['payer.state', 'ID'])).toMatchObject({ code: 'ID', concept: 'payer.state' });
    expect(stateOf(['patient.state', 'Portland, OR 97201'])).toMatchObject({ code: 'OR', concept: 'patient.state' });
  });

  it('skips an empty or unreadable place and is null when none names a state', () => {
    expect(stateOf(['claim.accidentState', ''], ['facility.state', 'somewhere'], ['payer.state', 'NJ'])).toMatchObject({ code: 'NJ' });
    expect(stateOf(['claim.accidentState', ''], ['patient.name', 'Pat Example'])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { readSubluxation } from './subluxation-part';

const MET = [
  'Tenderness to palpation at L4-L5; lumbar flexion restricted to 40 degrees.',
  'Right pelvic tilt with hypertonicity of the right lumbar paraspinals.',
  'C5 PR listing; motion palpation reveals fixation at C5-C6.',
  'Misalignment of T6 noted; paraspinal spasm T4-T8.',
  'Decreased cervical rotation to the left; suboccipital tenderness.',
  'Hypomobility at L5-S1 with taut bands in the quadratus lumborum.',
  'Cervical ROM reduced 30% in extension; tender C2-C4 facets.',
  'Leg length discrepancy of 1 cm (short right leg) and sacroiliac tenderness.',
  'Posterior rotation of L3 spinous process; trigger points in the left erector spinae.',
  'Restricted joint motion at T12-L1; VAS 6/10.',
  'Antalgic lean to the left; pain 7/10 lumbar.',
  'Loss of lumbar lordosis with limited lateral bending bilaterally; muscle guarding.',
];
const NOT_MET = [
  'Low back pain 6/10 with tenderness and muscle spasm.',
  'Neck pain and tightness in the upper trapezius.',
  'ROM full and pain-free. No asymmetry. No spasm.',
  'Patient reports feeling better today.',
  'Pain 4/10; swelling decreased.',
  'No misalignment noted; tenderness at L5.',
  'Range of motion within normal limits; mild soreness.',
  'Adjusted C1-C7 and T1-T12 with diversified technique.',
];

describe('readSubluxation', () => {
  it.each(MET)('reads P.A.R.T. as met in %s', (text) => {
    expect(readSubluxation(text).partMet).toBe(true);
  });
  it.each(NOT_MET)('reads P.A.R.T. as not met in %s', (text) => {
    expect(readSubluxation(text).partMet).toBe(false);
  });
  it('reads an x-ray showing the subluxation, with its date when given', () => {
    expect(readSubluxation('Lumbar x-rays taken 03/02/2026 show L5 retrolisthesis.').imaging).toMatchObject({ date: '03/02/2026' });
    expect(readSubluxation('Radiographs demonstrate C5 anterolisthesis.').imaging).toMatchObject({ date: null });
    expect(readSubluxation('No x-rays taken. Misalignment by palpation.').imaging).toBeNull();
    expect(readSubluxation('X-rays unremarkable.').imaging).toBeNull();
  });
});

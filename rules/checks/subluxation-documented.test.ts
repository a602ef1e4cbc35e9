import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { subluxationDocumented } from './subluxation-documented';

const run = (fields: Field[]) => subluxationDocumented.run(contextOf(fields), { concepts: ['doc.functionalLimitation', 'doc.history'] });
const exam = (text: string) => field('doc.functionalLimitation', text);

describe('subluxation-documented', () => {
  it('passes two P.A.R.T. findings when one is asymmetry or range of motion', () => {
    expect(run([exam('Palpable tenderness L4-L5 bilaterally. Lumbar flexion restricted to 40 degrees with pain.')])[0])
      .toMatchObject({ status: 'pass', message: expect.stringMatching(/pain\/tenderness .* range-of-motion abnormality/) });
    expect(run([exam('Right pelvic tilt; hypertonicity of right lumbar paraspinals.')])[0]?.status).toBe('pass');
    expect(run([exam('C5 PR listing noted on static palpation. Motion palpation reveals fixation at C5-C6.')])[0]?.status).toBe('pass');
  });

  it('fails pain and tissue changes without asymmetry or range of motion, saying what is lacking', () => {
    expect(run([exam('Tenderness and muscle spasm in the lumbar paraspinals.')])[0]).toMatchObject({
      status: 'fail', message: expect.stringMatching(/documents only pain\/tenderness .* and tissue\/tone changes .* one of them asymmetry\/misalignment or a range-of-motion abnormality/),
    });
  });

  it('does not count denied findings', () => {
    expect(run([exam('Low back pain 6/10. ROM full and pain-free. No asymmetry noted. No spasm.')])[0]?.status).toBe('fail');
  });

  it('accepts a dated x-ray that shows the subluxation, and fails one without a date', () => {
    expect(run([exam('X-ray dated 03/02/2026 shows L5 retrolisthesis.')])[0]).toMatchObject({ status: 'pass', message: expect.stringMatching(/imaging dated 03\/02\/2026/) });
    expect(run([exam('X-rays show L5 retrolisthesis.')])[0]?.message).toMatch(/gives no date for it/);
  });

  it("can't tell without exam fields, fails them empty", () => {
    expect(run([])[0]?.status).toBe('cantTell');
    expect(run([exam('')])[0]?.status).toBe('fail');
  });
});

import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { interactiveComplexity } from './interactive-complexity';

const run = (fields: Field[]) => interactiveComplexity.run(contextOf(fields), { concepts: ['doc.progress', 'doc.treatmentPlan'] });
const code = (line: number, value: string) => field('line.procedureCode', value, { index: line });
const note = (text: string) => field('doc.progress', text);

describe('interactive-complexity', () => {
  it('passes 90785 when the note names the factor', () => {
    expect(run([code(1, '90834'), code(2, '90785'), note('Spanish interpreter used for the whole session.')])[0])
      .toMatchObject({ status: 'pass', index: 2, message: expect.stringMatching(/“interpreter”/) });
    expect(run([code(1, '90837'), code(2, '90785'), note('The parents argued repeatedly about curfew; redirected them so the session could proceed.')])[0]?.status).toBe('pass');
    expect(run([code(1, '90832'), code(2, '90785'), note('Client disclosed abuse; clinician filed a report with CPS during the session.')])[0]?.status).toBe('pass');
  });

  it('fails 90785 when the note gives no factor, or denies one', () => {
    expect(run([code(1, '90834'), code(2, '90785'), note('Client discussed work stress; practiced breathing.')])[0])
      .toMatchObject({ status: 'fail', message: expect.stringMatching(/does not say what made the session interactively complex/) });
    expect(run([code(1, '90834'), code(2, '90785'), note('No interpreter needed.')])[0]?.status).toBe('fail');
  });

  it('fails 90785 with crisis psychotherapy 90839, whatever the note says', () => {
    expect(run([code(1, '90839'), code(2, '90785'), note('Interpreter used.')])[0])
      .toMatchObject({ status: 'fail', problem: 'inconsistent', message: expect.stringMatching(/never reported with 90839/) });
  });

  it("can't tell without note text, and is not applicable without 90785", () => {
    expect(run([code(1, '90834'), code(2, '90785')])[0]?.status).toBe('cantTell');
    expect(run([code(1, '90834')])[0]?.status).toBe('notApplicable');
  });
});

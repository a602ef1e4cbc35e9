import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { psychotherapyTime } from './psychotherapy-time';

const run = (fields: Field[]) => psychotherapyTime.run(contextOf(fields), {});
const code = (line: number, value: string) => field('line.procedureCode', value, { index: line });
const minutes = (line: number, value: string) => field('line.minutes', value, { index: line });
const session = (start: string, end: string) => [field('visit.startTime', start), field('visit.endTime', end)];

describe('psychotherapy-time', () => {
  it('passes minutes inside the code range, naming the range', () => {
    expect(run([code(1, '90834'), minutes(1, '45')])[0]).toMatchObject({
      status: 'pass', fieldKey: 'line.minutes[1]', message: 'Service line 1 (90834): 45 minutes supports 90834 (38-52 minutes)',
    });
    expect(run([code(1, '90837'), minutes(1, '75 min')])[0]?.status).toBe('pass');
  });

  it('fails minutes outside the range, naming the code the minutes support', () => {
    expect(run([code(1, '90837'), minutes(1, '52')])[0]).toMatchObject({
      status: 'fail',
      message: 'Service line 1 (90837): 52 minutes supports 90834, not 90837 (53 minutes or more); bill 90834 or correct the documented time',
    });
    expect(run([code(1, '90832'), minutes(1, '40')])[0]?.message).toMatch(/supports 90834, not 90832/);
    expect(run([code(2, '99213'), code(1, '90838'), minutes(1, '40')])[0]?.message).toMatch(/supports 90836, not 90838/);
    expect(run([code(1, '90832'), minutes(1, '12')])[0]?.message).toMatch(/12 minutes is under 16, too short for any psychotherapy code/);
  });

  it('uses the session start and end times when the line has no minutes', () => {
    expect(run([code(1, '90834'), ...session('10:05 AM', '10:57 AM')])[0]).toMatchObject({
      status: 'pass', fieldKey: 'visit.startTime', index: 1,
      message: 'Service line 1 (90834): 52 minutes from the session start and end times supports 90834 (38-52 minutes)',
    });
    expect(run([code(1, '90837'), ...session('2:00pm', '14:50')])[0]?.message).toMatch(/50 minutes .* supports 90834, not 90837/);
  });

  it("prefers a document's session times to the code description's minutes beside the code", () => {
    const described = field('line.minutes', '60', { index: 1, document: 'note' });
    expect(run([code(1, '90837'), described, ...session('9:00 AM', '9:47 AM')])[0]).toMatchObject({
      status: 'fail', message: expect.stringMatching(/47 minutes from the session start and end times \(the 60 minutes beside the code are its description\) supports 90834, not 90837/),
    });
    expect(run([code(1, '90837'), field('line.minutes', '60', { index: 1 }), ...session('9:00 AM', '9:47 AM')])[0]?.message).toMatch(/^Service line 1 \(90837\): 60 minutes supports/);
  });

  it('does not let the session time prove an E/M add-on long enough, only too short', () => {
    expect(run([code(1, '99214'), code(2, '90836'), ...session('10:00', '11:00')])[0])
      .toMatchObject({ status: 'cantTell', index: 2, message: expect.stringMatching(/document the psychotherapy minutes apart from the E\/M time/) });
    expect(run([code(1, '99214'), code(2, '90836'), ...session('10:00', '10:30')])[0]?.status).toBe('fail');
  });

  it('fails empty, unreadable or reversed times, and empty minutes with no session times', () => {
    expect(run([code(1, '90834'), ...session('', '')])[0]).toMatchObject({ status: 'fail', fieldKey: 'visit.startTime' });
    expect(run([code(1, '90834'), ...session('10:05', 'later')])[0]?.message).toMatch(/can't read the time 'later'/);
    expect(run([code(1, '90834'), ...session('14:00', '13:00')])[0]?.message).toMatch(/end time is not after its start time/);
    expect(run([code(1, '90834'), minutes(1, '')])[0]).toMatchObject({ status: 'fail', fieldKey: 'line.minutes[1]' });
    expect(run([code(1, '90834'), minutes(1, 'most of an hour')])[0]?.message).toMatch(/can't read the minutes/);
  });

  it("can't tell when no time is on the page, or only one of start and end", () => {
    expect(run([code(1, '90834')])[0]).toMatchObject({ status: 'cantTell', message: expect.stringMatching(/needs start and stop times or total minutes/) });
    expect(run([code(1, '90834'), field('visit.startTime', '10:00')])[0]?.message).toMatch(/only one of the start and end times/);
  });

  it('is not applicable without timed psychotherapy codes', () => {
    expect(run([code(1, '90791')])).toEqual([expect.objectContaining({ status: 'notApplicable' })]);
  });
});

describe('psychotherapy-time and documents', () => {
  it('leaves the codes a treatment plan asks for to the session notes, but judges a note\'s own code', () => {
    const planned = run([field('line.procedureCode', '90837', { index: 1, document: 'plan' })]);
    expect(planned).toEqual([expect.objectContaining({ status: 'notApplicable', message: expect.stringMatching(/^The plan asks for these codes/) })]);
    const note = run([field('line.procedureCode', '90837', { index: 1, document: 'note' }), field('visit.startTime', '2:00 PM'), field('visit.endTime', '2:40 PM')]);
    expect(note[0]?.status).toBe('fail');
  });

  describe('suggestions (one-click fills on the page)', () => {
    it('offers the code the minutes give, for the line\'s code box, when the finding is on the minutes', () => {
      const [outcome] = run([code(1, '90837'), minutes(1, '52')]);
      expect(outcome).toMatchObject({ fieldKey: 'line.minutes[1]' });
      expect(outcome?.suggestions).toEqual([{ value: '90834', label: 'Bill 90834', fieldKey: 'line.procedureCode[1]' }]);
    });

    it('keeps what else the code box holds (modifiers typed after the code)', () => {
      const [outcome] = run([code(1, '90837 95'), ...session('2:00pm', '14:50')]);
      expect(outcome?.suggestions).toEqual([{ value: '90834 95', label: 'Bill 90834', fieldKey: 'line.procedureCode[1]' }]);
    });

    it('offers nothing when no code fits (under 16 minutes), when the time fits, or for a code in a document\'s text', () => {
      expect(run([code(1, '90832'), minutes(1, '12')])[0]?.suggestions).toBeUndefined();
      expect(run([code(1, '90834'), minutes(1, '45')])[0]?.suggestions).toBeUndefined();
      const inNote = field('line.procedureCode', '90837', { index: 1, document: 'note' });
      const [outcome] = run([inNote, minutes(1, '40')]);
      expect(outcome?.status).toBe('fail');
      expect(outcome?.suggestions).toBeUndefined();
    });

    it('offers nothing for a code box in another frame than the field the finding is on', () => {
      const [outcome] = run([{ ...code(1, '90837'), frameId: 2 }, { ...minutes(1, '52'), frameId: 0 }]);
      expect(outcome?.status).toBe('fail');
      expect(outcome?.suggestions).toBeUndefined();
    });
  });
});

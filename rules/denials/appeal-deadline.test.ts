import { describe, expect, it } from 'vitest';
import { appealDeadlines, appealPlanTypeNamed, appealPlanTypeOfFilingIndicator, federalExternalReviewDue } from './appeal-deadline';
import { addDays, addMonths, daysBetween, parseIsoDate } from './calendar';

describe('appeal deadlines', () => {
  it('gives an ERISA plan 180 days from the notice', () => {
    const deadline = appealDeadlines('2025-03-10', 'erisa').deadlines[0]!;
    expect(deadline).toMatchObject({ step: 'internal appeal', days: 180, due: '2025-09-06' });
  });

  it('counts a Medicare redetermination from the presumed receipt, 5 days after the notice', () => {
    const deadline = appealDeadlines('2025-01-15', 'medicare').deadlines[0]!;
    expect(deadline.due).toBe('2025-05-20');
    expect(daysBetween('2025-01-15', deadline.due!)).toBe(125);
    expect(deadline.counting).toMatch(/presumes .*5 days after the notice/);
  });

  it('gives a Medicare Advantage reconsideration 65 days and a marketplace plan 180', () => {
    expect(appealDeadlines('2025-12-01', 'medicare-advantage').deadlines[0]).toMatchObject({ days: 65, due: '2026-02-04' });
    expect(appealDeadlines('2025-12-01', 'marketplace').deadlines[0]).toMatchObject({ days: 180, due: '2026-05-30' });
  });

  it('crosses a leap day and a year end', () => {
    expect(appealDeadlines('2023-09-01', 'erisa').deadlines[0]!.due).toBe('2024-02-28');
    expect(appealDeadlines('2023-09-02', 'erisa').deadlines[0]!.due).toBe('2024-02-29');
    expect(appealDeadlines('2024-09-02', 'erisa').deadlines[0]!.due).toBe('2025-03-01');
    expect(appealDeadlines('2024-12-31', 'medicare-advantage').deadlines[0]!.due).toBe('2025-03-06');
  });

  it('gives no number for state and other plans', () => {
    const deadline = appealDeadlines('2025-03-10', 'state-or-other').deadlines[0]!;
    expect(deadline.days).toBeUndefined();
    expect(deadline.due).toBeUndefined();
    expect(deadline.counting).toMatch(/varies/);
  });

  it('lists every plan type, each with whom it applies to, when the type is unknown', () => {
    const result = appealDeadlines('2025-03-10');
    expect(result.deadlines.map((deadline) => deadline.planType)).toEqual(['erisa', 'marketplace', 'medicare', 'medicare-advantage', 'state-or-other']);
    expect(result.externalReview).toHaveLength(5);
    expect(result.deadlines.every((deadline) => deadline.planWords.length > 0 && deadline.source.url.startsWith('https://'))).toBe(true);
  });

  it('gives no due date without a real denial date', () => {
    expect(appealDeadlines(undefined, 'erisa').deadlines[0]!.due).toBeUndefined();
    expect(appealDeadlines('2025-02-29', 'erisa').deadlines[0]!.due).toBeUndefined();
  });

  it('reads the kind of plan from an 835 claim filing indicator only where the code settles it', () => {
    expect(['MA', 'MB', 'mb', '16', 'MC'].map(appealPlanTypeOfFilingIndicator)).toEqual(['medicare', 'medicare', 'medicare', 'medicare-advantage', 'state-or-other']);
    // Commercial codes cannot tell an employer plan from a marketplace plan.
    expect(['CI', '12', 'HM', 'BL', undefined].map(appealPlanTypeOfFilingIndicator)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads the kind of plan from a payer name only when the name shows it', () => {
    expect(appealPlanTypeNamed(['Humana Medicare Advantage PPO'])).toBe('medicare-advantage');
    expect(appealPlanTypeNamed(['Noridian JF Part B'])).toBe('medicare');
    expect(appealPlanTypeNamed(['Aetna Choice POS II'])).toBeUndefined();
  });
});

describe('calendar', () => {
  it('rolls a missing day of the month to the 1st of the next (federal external review)', () => {
    expect(federalExternalReviewDue('2025-10-30')).toBe('2026-03-01');
    expect(federalExternalReviewDue('2023-10-29')).toBe('2024-02-29');
    expect(federalExternalReviewDue('2025-10-31')).toBe('2026-03-01');
    expect(addMonths('2025-08-31', 1)).toBe('2025-10-01');
    expect(addMonths('2025-01-15', 4)).toBe('2025-05-15');
  });

  it('refuses dates that are not on the calendar', () => {
    expect(parseIsoDate('2025-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toBeDefined();
    expect(() => addDays('2025-13-01', 1)).toThrow();
  });
});

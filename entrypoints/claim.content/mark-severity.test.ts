import { describe, expect, it } from 'vitest';
import { byWorstFirst, lookOf, SEVERITY_LOOKS, worstSeverity } from './mark-severity';

describe('mark severity', () => {
  it('colours a field by its worst finding and lists the worst first', () => {
    const findings = [{ severity: 'minor' as const }, { severity: 'critical' as const }, { severity: 'moderate' as const }];
    expect(worstSeverity(findings)).toBe('critical');
    expect(byWorstFirst(findings).map((finding) => finding.severity)).toEqual(['critical', 'moderate', 'minor']);
  });

  it('draws a severity it does not know as serious instead of throwing (the marks after it would be lost)', () => {
    expect(lookOf('error')).toEqual(SEVERITY_LOOKS.serious);
    expect(lookOf('toString')).toEqual(SEVERITY_LOOKS.serious);
    expect(lookOf('minor')).toEqual(SEVERITY_LOOKS.minor);
  });
});

import { describe, expect, it } from 'vitest';
import data from './therapy-codes.json' with { type: 'json' };
import { expandCodes, loadTherapyCodes, THERAPY_CODES } from './therapy-codes';

const copy = () => structuredClone(data) as Record<string, any>;

describe('therapy-codes data', () => {
  it('loads the bundled file with the facts the checks rely on', () => {
    expect(THERAPY_CODES.timed.has('97140')).toBe(true);
    expect(THERAPY_CODES.timed.has('G0283')).toBe(false);
    expect(THERAPY_CODES.medicareTherapy.has('97163')).toBe(true);
    expect(THERAPY_CODES.psychotherapy.find((t) => t.code === '90834')).toMatchObject({ minMinutes: 38, maxMinutes: 52 });
  });

  it('cites a dated https source for every list and entry', () => {
    const sources = [data.timedCodes.source, data.medicareTherapyCodes.source, data.psychotherapyTimes.source,
      ...data.kxThresholds.map((k) => k.source)];
    for (const source of sources) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('holds code numbers only, never CPT descriptor text', () => {
    const text = JSON.stringify(data);
    for (const phrase of ['therapeutic exercise', 'manual therapy techniques', 'each 15 minutes', 'with patient']) {
      expect(text.toLowerCase()).not.toContain(phrase);
    }
  });

  it('refuses malformed codes, bad ranges and reversed times, saying where', () => {
    const badCode = copy();
    badCode.psychotherapyTimes.codes[0].code = '9083';
    expect(() => loadTherapyCodes(badCode)).toThrow(/psychotherapyTimes/);
    const badRange = copy();
    badRange.timedCodes.codes = ['99215-99202'];
    expect(() => loadTherapyCodes(badRange)).toThrow(/99215-99202 is not a range/);
    const reversed = copy();
    reversed.psychotherapyTimes.codes[0].maxMinutes = 10;
    expect(() => loadTherapyCodes(reversed)).toThrow(/90832 ends before it starts/);
  });

  it('expands ranges', () => {
    expect([...expandCodes(['97161-97163', 'G0283'])]).toEqual(['97161', '97162', '97163', 'G0283']);
  });
});

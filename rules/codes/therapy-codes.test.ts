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
    expect(THERAPY_CODES.addOns.get('97546')?.primaries.has('97545')).toBe(true);
    expect(THERAPY_CODES.addOns.get('90836')?.primaries.has('99214')).toBe(true);
    expect(THERAPY_CODES.ncciPairs.some((p) => p.column2 === '97140' && p.column1.has('98941'))).toBe(true);
  });

  it('cites a dated https source for every list and entry', () => {
    const sources = [data.timedCodes.source, data.medicareTherapyCodes.source, data.psychotherapyTimes.source,
      ...data.addOns.map((a) => a.source), ...data.ncciPairs.map((p) => p.source), ...data.kxThresholds.map((k) => k.source)];
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

  it('refuses malformed codes, bad ranges, reversed times and duplicate add-ons, saying where', () => {
    const badCode = copy();
    badCode.ncciPairs[0].column2 = '9714';
    expect(() => loadTherapyCodes(badCode)).toThrow(/ncciPairs/);
    const badRange = copy();
    badRange.addOns[0].primaries = ['99215-99202'];
    expect(() => loadTherapyCodes(badRange)).toThrow(/99215-99202 is not a range/);
    const reversed = copy();
    reversed.psychotherapyTimes.codes[0].maxMinutes = 10;
    expect(() => loadTherapyCodes(reversed)).toThrow(/90832 ends before it starts/);
    const twice = copy();
    twice.addOns.push(twice.addOns[0]);
    expect(() => loadTherapyCodes(twice)).toThrow(/90785 is listed twice/);
  });

  it('expands ranges', () => {
    expect([...expandCodes(['97161-97163', 'G0283'])]).toEqual(['97161', '97162', '97163', 'G0283']);
  });
});

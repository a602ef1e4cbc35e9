import { describe, expect, it } from 'vitest';
import { CONCEPT_KEYS } from '../../../rules/concepts';
import { FIELD_PATTERNS, PATTERN_FILES } from '../field-patterns';
import { compilePatternFile, patternFileSchema } from './schema';

describe('pattern data', () => {
  it.each(Object.entries(PATTERN_FILES))('patterns/%s.json parses against the schema', (_name, data) => {
    const parsed = patternFileSchema.safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('gives every concept at least one positive pattern', () => {
    const covered = new Set(FIELD_PATTERNS.filter((entry) => entry.matchers.length > 0).map((entry) => entry.concept));
    expect(CONCEPT_KEYS.filter((concept) => !covered.has(concept))).toEqual([]);
  });

  it('lists each concept once, so its negatives apply to all its patterns', () => {
    const concepts = FIELD_PATTERNS.map((entry) => entry.concept);
    expect(concepts.filter((concept, i) => concepts.indexOf(concept) !== i)).toEqual([]);
  });

  it('refuses what would break detection: a bad regex, a stateful flag, an unknown concept or signal', () => {
    const file = (pattern: object, concept = 'patient.dob') => ({ concepts: [{ concept, patterns: [pattern] }] });
    expect(() => compilePatternFile(file({ re: '(' }), 'bad.json')).toThrow(/bad\.json.*regular expression/s);
    expect(() => compilePatternFile(file({ re: 'dob', flags: 'g' }), 'bad.json')).toThrow(/flags/);
    expect(() => compilePatternFile(file({ re: 'dob' }, 'patient.shoeSize'), 'bad.json')).toThrow();
    expect(() => compilePatternFile(file({ re: 'dob', signals: ['smell'] }), 'bad.json')).toThrow();
    expect(() => compilePatternFile(file({ re: 'dob', wieght: 2 }), 'bad.json')).toThrow();
  });

  it('joins a list of alternatives into one alternation, each keeping its own anchors', () => {
    const [compiled] = compilePatternFile(file(), 'ok.json');
    expect(compiled!.matchers[0]!.re.test('dob')).toBe(true);
    expect(compiled!.matchers[0]!.re.test('the birth date')).toBe(true);
    expect(compiled!.matchers[0]!.re.test('dob x')).toBe(false);
    function file() {
      return { concepts: [{ concept: 'patient.dob', patterns: [{ re: ['^dob$', 'birth\\s*date'] }] }] };
    }
  });
});

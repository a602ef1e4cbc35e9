import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks';
import { findVisitCounts } from './visit-counts';

const counts = (text: string) => findVisitCounts(text, splitBlocks(text)).map(({ concept, value }) => [concept, value]);

describe('findVisitCounts', () => {
  it('reads visits asked for as auth.visits and visits prescribed as order.visits', () => {
    expect(counts('I am requesting authorization for 12 visits of physical therapy.')).toEqual([['auth.visits', '12']]);
    expect(counts('Dr. Park prescribed 8 sessions of occupational therapy.')).toEqual([['order.visits', '8']]);
  });

  it('leaves a count whose words say neither, and a frequency', () => {
    expect(counts('She completed 6 sessions of PT in 2025 without relief.')).toEqual([]);
    expect(counts('We request 2 sessions per week for 6 weeks.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { reportSources } from './report-sources';

const manual = (section: string, note?: string) => ({ policy: 'NUCC 1500 manual', section, url: 'https://www.nucc.org/', date: '2024-07-01', ...(note && { note }) });

describe('reportSources', () => {
  it('cites each policy once, numbered in reading order, with every section the report cites from it', () => {
    const checklist = manual('Items 1a, 17');
    const findings = [manual('Item 24E'), { policy: 'CMS NCCI PTP edits', section: '', url: 'https://www.cms.gov/ncci', date: '2024-07-01' }, manual('Item 24E'), manual('Item 24J')].map((citation) => ({ citation }));
    const { list, numbers } = reportSources({ checklists: [{ id: 'c', title: 'C', payer: 'Any', service: 'Any', vintage: '2026-01-01', source: checklist }] }, findings);
    expect(list.map((item) => [item.source.policy, item.sections])).toEqual([
      ['NUCC 1500 manual', ['Items 1a, 17', 'Item 24E', 'Item 24J']],
      ['CMS NCCI PTP edits', []],
    ]);
    expect(findings.map((finding) => numbers.get(finding.citation))).toEqual([1, 2, 1, 1]);
    expect(numbers.get(checklist)).toBe(1);
  });

  it('keeps a citation with its own caveat apart, so the caveat is not lost', () => {
    const findings = [manual('Item 23'), manual('Item 23', 'Box 23 carries the number only.')].map((citation) => ({ citation }));
    const { list, numbers } = reportSources({ checklists: [] }, findings);
    expect(list).toHaveLength(2);
    expect(findings.map((finding) => numbers.get(finding.citation))).toEqual([1, 2]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

describe('parseArgs', () => {
  it('reads check with a file, --json and repeated --checklist in any order', () => {
    expect(parseArgs(['check', '--checklist', 'lmn-core', 'a.html', '--json', '--checklist=cms1500-basics'])).toEqual({
      kind: 'check', file: 'a.html', json: true, render: false, checklistIds: ['lmn-core', 'cms1500-basics'], onlyGaps: false, redact: false,
    });
  });

  it('reads both spellings of list-checklists, and help', () => {
    expect(parseArgs(['--list-checklists'])).toEqual({ kind: 'list-checklists', json: false });
    expect(parseArgs(['list-checklists', '--json'])).toEqual({ kind: 'list-checklists', json: true });
    expect(parseArgs(['check', 'x.html', '--help'])).toEqual({ kind: 'help' });
  });

  it('reads fields with a file and --json, and refuses --checklist there', () => {
    expect(parseArgs(['fields', 'a.html', '--json'])).toEqual({ kind: 'fields', file: 'a.html', json: true, render: false });
    expect(parseArgs(['fields', 'a.html'])).toEqual({ kind: 'fields', file: 'a.html', json: false, render: false });
    expect(() => parseArgs(['fields', 'a.html', '--checklist', 'lmn-core'])).toThrow(/no --checklist/);
    expect(() => parseArgs(['fields'])).toThrow(/fields needs a file/);
  });

  it('reads -c, and --name=value for every valued option', () => {
    expect(parseArgs(['check', 'a.html', '-c', 'lmn-core', '--payer=medicare', '--service=therapy', '--as-of=2026-11-22'])).toEqual({
      kind: 'check', file: 'a.html', json: false, render: false, checklistIds: ['lmn-core'], payer: 'medicare', service: 'therapy', asOf: '2026-11-22',
      onlyGaps: false, redact: false,
    });
  });

  it('reads a folder or - (standard input) as the file, and --only-gaps, --max-claims and --redact for check', () => {
    expect(parseArgs(['check', '-', '--only-gaps', '--max-claims', '25', '--redact'])).toMatchObject({
      kind: 'check', file: '-', onlyGaps: true, maxClaims: 25, redact: true,
    });
    expect(parseArgs(['check', 'claims/'])).toMatchObject({ file: 'claims/', onlyGaps: false, redact: false });
    expect(parseArgs(['check', 'claims/'])).not.toHaveProperty('maxClaims');
    expect(() => parseArgs(['fields', 'a.837', '--only-gaps'])).toThrow(/fields takes no --only-gaps/);
    expect(() => parseArgs(['fields', '-'])).toThrow(/standard input \(-\) is read by check/);
    expect(() => parseArgs(['check', '-', '--render'])).toThrow(/not standard input/);
  });

  it('accepts a file name that starts with a dash after --', () => {
    expect(parseArgs(['check', '--', '-odd.html'])).toMatchObject({ file: '-odd.html' });
  });

  it.each([
    [[], /missing command/],
    [['lint', 'a.html'], /unknown command lint/],
    [['check'], /needs a file/],
    [['check', 'a.html', 'b.html'], /one file/],
    [['check', 'a.html', '--checklist'], /needs a checklist id/],
    [['check', 'a.html', '--verbose'], /unknown option --verbose/],
    [['check', 'a.html', '-x'], /unknown option -x/],
    [['check', 'a.html', '-c'], /--checklist needs a checklist id/],
    [['check', 'a.html', '--checklist', '--json'], /--checklist needs a checklist id/],
    [['check', 'a.html', '--payer'], /--payer needs a value/],
    [['check', 'a.html', '--as-of', '-1'], /--as-of needs a value/],
    [['check', 'a.html', '--as-of', 'tomorrow'], /--as-of takes a date/],
    [['check', 'a.html', '--json=yes'], /--json takes no value/],
    [['--list-checklists', 'extra'], /unexpected argument extra/],
    [['check', 'a.837', '--max-claims', '0'], /--max-claims takes a whole number of claims, 1 or more, not "0"/],
    [['check', 'a.837', '--max-claims', 'ten'], /--max-claims takes a whole number/],
    [['check', 'a.837', '--max-claims'], /--max-claims needs a number/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
    expect(() => parseArgs(argv)).toThrow(/^[^\n]+$/);
  });

  it('reads --render, and asks for it when given a web address', () => {
    expect(parseArgs(['check', 'http://127.0.0.1:8080/claim', '--render'])).toMatchObject({ kind: 'check', file: 'http://127.0.0.1:8080/claim', render: true });
    expect(parseArgs(['fields', 'page.html', '--render'])).toMatchObject({ kind: 'fields', render: true });
    expect(() => parseArgs(['check', 'https://portal.example/claim'])).toThrow('a web address is read in a browser: add --render');
  });
});


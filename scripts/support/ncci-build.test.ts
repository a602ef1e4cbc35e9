import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNcciLookup } from '../../rules/codes/ncci-table';
import { sharedFolder } from '../../test/support/shared-dir';
import { buildNcci, EXPECTED_ROWS, readSharedSources, type SourceBytes } from './ncci-build';

const committed = (name: string) => readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8');
const ncci = sharedFolder('data/ncci', 'ncci-build.test');
const bytes = (text: string) => new TextEncoder().encode(text);

/** Small inputs in the shared files' layout, padded to the row counts the build expects. */
function smallSources(): SourceBytes {
  const ptp = ['column_1\tcolumn_2\tdeletion_date\tmodifier_indicator\tptp_edit_rationale',
    '98940\t97140\t*\t1\tStandards of medical/surgical practice', '97140\t97530\t2019-12-31\t1\tMisuse',
    ...Array.from({ length: EXPECTED_ROWS.ptp - 2 }, () => '98940\t97140\t*\t1\tStandards of medical/surgical practice')];
  const mue = ['hcpcs_cpt_code\tpractitioner_services_mue_value\tmue_adjudication_indicator\tmue_rationale',
    ...Array.from({ length: EXPECTED_ROWS.mue }, () => '97110\t6\t3 Date of Service Edit: Clinical\tClinical: Data')];
  const aoc = ['primary_code\tadd_on_code\taoc_edit_type',
    ...Array.from({ length: EXPECTED_ROWS.aoc }, () => '97545\t97546\t1')];
  return { ptp: bytes(`${ptp.join('\n')}\n`), mue: bytes(`${mue.join('\n')}\n`), aoc: bytes(`${aoc.join('\n')}\n`) };
}

describe('build:ncci', () => {
  it.skipIf(!ncci.present)(
    ncci.present
      ? 'rebuilds public/data/ncci.json and its PROVENANCE.md byte for byte from ../shared'
      : `SKIPPED: ${ncci.path} is absent, so the committed ncci.json cannot be rebuilt and compared`,
    () => {
      const { json, provenance } = buildNcci(readSharedSources(ncci.path));
      expect(json === committed('ncci.json'), 'ncci.json differs from a fresh build: run npm run build:ncci').toBe(true);
      expect(provenance).toBe(committed('ncci.PROVENANCE.md'));
    },
    60_000,
  );

  it('turns the rows into a table the checks read: duplicates merged, deletion dates kept', () => {
    const lookup = createNcciLookup(JSON.parse(buildNcci(smallSources()).json));
    expect(lookup.pairOn('97140', '98940', '2025-01-02')).toMatchObject({ kind: 'edit', edit: { column1: '98940', modifierIndicator: 1, deleted: null } });
    expect(lookup.pairOn('97530', '97140', '2025-01-02')).toMatchObject({ kind: 'none', history: [{ deleted: '2019-12-31' }] });
    expect(lookup.mue('97110')).toEqual({ code: '97110', units: 6, mai: 3 });
    expect(lookup.addOn('97546')).toMatchObject({ type: 1, primaries: new Set(['97545']) });
    expect(lookup.versionLabel).toBe('v302r0 (2024-07-01)');
  });

  it('refuses inputs that are not the expected tables', () => {
    const sources = smallSources();
    expect(() => buildNcci({ ...sources, ptp: bytes('column_1\tcolumn_2\n') })).toThrow(/header is not/);
    expect(() => buildNcci({ ...sources, mue: bytes('hcpcs_cpt_code\tpractitioner_services_mue_value\tmue_adjudication_indicator\tmue_rationale\n97110\t6\t3 x\tY\n') }))
      .toThrow(/1 rows, expected 149/);
  });
});

/**
 * The incremental engine must give exactly what a full check gives. For every fixture page, corpus page and
 * claim file, a run of random edits (one field's value at a time, as a user types: emptied, "N/A", another
 * field's value, digits, a code, a date) is applied in turn; after each edit the incremental checker's result
 * must deep-equal checkSnapshot's on the same snapshot, whether the checker compares every field or is told which
 * one changed. A value from another field can change the payer, the kind
 * or the checklists chosen, so the path that runs every rule is exercised as well as the one that keeps findings.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFile, checkHtmlFile } from '../../cli/run-check';
import { loadIcd10Cm } from '../../cli/load-icd10cm';
import { loadNcci } from '../../cli/load-ncci';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { checkSnapshot, type CheckSnapshotOptions } from '../../rules/check-snapshot';
import { createIncrementalCheck, type IncrementalStats } from '../../rules/incremental-check';
import type { Snapshot } from '../../rules/schema';
import { corpusPages } from '../support/corpus-accuracy';

const PAGES = readdirSync('test/fixtures/pages').filter((name) => name.endsWith('.html')).map((name) => join('test/fixtures/pages', name));
const CLAIM_FILES = readdirSync('test/fixtures/claims').filter((name) => /\.(txt|json)$/.test(name)).map((name) => join('test/fixtures/claims', name));
const CORPUS = existsSync('test/corpus') ? corpusPages().map((page) => page.html) : [];

const TYPED = ['', 'N/A', '1234567893', '1234567890', 'M54.50', 'Z99.89', '97110', '97110 GP', 'GP', '2', '45', '01/15/2025', '2024-12-31', 'Medicare', 'Aetna', 'yes', 'checked', 'Patient improving with exercise; goal: walk 20 min'];

/** Each edit: which field (by position, wrapped) and what it now holds (a typed value, or another field's). */
const edits = fc.array(fc.record({ field: fc.nat(), typed: fc.oneof(fc.constantFrom(...TYPED), fc.nat().map((n) => ({ from: n }))) }), { minLength: 1, maxLength: 25 });

async function options(): Promise<CheckSnapshotOptions> {
  return { checklists: BUNDLED_CHECKLISTS, references: { icd10cm: await loadIcd10Cm(), ncci: await loadNcci() } };
}

function editSnapshot(snapshot: Snapshot, at: number, value: string, minute: number): Snapshot {
  const fields = snapshot.fields.map((field, position) => (position === at ? { ...field, value } : field));
  // The clock moves on as the user types, within the same day.
  return { ...snapshot, fields, takenAt: `${snapshot.takenAt.slice(0, 10)}T12:${String(minute % 60).padStart(2, '0')}:00.000Z` };
}

async function snapshotsOf(path: string): Promise<Snapshot[]> {
  if (path.endsWith('.html')) return [(await checkHtmlFile(path, [], { asOf: '2025-03-01' })).snapshot];
  return (await checkFile(path, [], { asOf: '2025-03-01' })).results.map((result) => result.snapshot);
}

describe.each([...PAGES, ...CLAIM_FILES, ...CORPUS])('%s', (path) => {
  it('gives the full check\'s result after every random single-field edit', async () => {
    const opts = await options();
    const snapshots = (await snapshotsOf(path)).filter((snapshot) => snapshot.fields.length > 0);
    expect(snapshots.length).toBeGreaterThan(0);
    for (const start of snapshots) {
      fc.assert(fc.property(edits, (run) => {
        const stats: IncrementalStats = { rulesRun: 0, rulesKept: 0, chosenAgain: false };
        const incremental = createIncrementalCheck(opts, stats);
        // Told which field each edit changed, as the background is by a changes message: it compares no other.
        const told = createIncrementalCheck(opts);
        const first = checkSnapshot(start, opts);
        expect(incremental(start)).toEqual(first);
        expect(told(start)).toEqual(first);
        let snapshot = start;
        run.forEach(({ field, typed }, step) => {
          const at = field % snapshot.fields.length;
          const value = typeof typed === 'string' ? typed : snapshot.fields[typed.from % snapshot.fields.length]!.value;
          snapshot = editSnapshot(snapshot, at, value, step + 1);
          const full = checkSnapshot(snapshot, opts);
          expect(incremental(snapshot)).toEqual(full);
          expect(told(snapshot, [at])).toEqual(full);
        });
      }), { numRuns: 8, seed: 15 });
    }
  });
});

it('runs only the rules that read an edited field, every rule when the date changes, and none when nothing did', async () => {
  const opts = await options();
  const [snapshot] = await snapshotsOf('test/fixtures/pages/cms1500-claim.html');
  const stats: IncrementalStats = { rulesRun: 0, rulesKept: 0, chosenAgain: false };
  const incremental = createIncrementalCheck(opts, stats);
  const first = incremental(snapshot!);
  const total = stats.rulesRun;
  expect(incremental({ ...snapshot!, fields: [...snapshot!.fields] })).toEqual(first);
  expect(stats).toEqual({ rulesRun: 0, rulesKept: total, chosenAgain: false });
  const diagnosis = snapshot!.fields.findIndex((field) => field.concept === 'claim.diagnosis');
  const edited = editSnapshot(snapshot!, diagnosis, 'Z99.89', 5);
  expect(incremental(edited)).toEqual(checkSnapshot(edited, opts));
  expect(stats.rulesRun).toBeGreaterThan(0);
  expect(stats.rulesRun).toBeLessThan(total);
  // Choosing the checklists read no diagnosis, so the choice stood; it reads the payer's name, so it is made again.
  expect(stats.chosenAgain).toBe(false);
  const payer = edited.fields.findIndex((field) => field.concept === 'payer.name');
  const otherPayer = editSnapshot(edited, payer, 'Aetna Better Health', 6);
  expect(incremental(otherPayer)).toEqual(checkSnapshot(otherPayer, opts));
  expect(stats.chosenAgain).toBe(true);
  const tomorrow = { ...snapshot!, takenAt: '2025-03-02T12:00:00.000Z' };
  expect(incremental(tomorrow)).toEqual(checkSnapshot(tomorrow, opts));
  expect(stats.rulesRun).toBe(total);
});

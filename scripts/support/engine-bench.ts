/**
 * The engine's speed, in node, for `npm run bench` and on its own:
 * `npx tsx scripts/support/engine-bench.ts`. The snapshot is the sample claim's 73 fields plus the 799 fields
 * read from the scan bench's 1,000-control form (872 fields, most of them empty boxes, as on a big EHR screen),
 * checked against the sample claim's checklist (cms1500-basics, 20 rules) with the code tables loaded.
 *
 * - `evalPerSec`: re-checks per second as the extension does them while a user types: one field's value
 *   changes, the incremental engine, told which field (as the background is by the changes message), re-runs the
 *   rules that read it (rules/incremental-check.ts) and gives the whole result (checklists chosen again when
 *   the edit touched what choosing them read, every finding with its problem). `fullEvalPerSec`: checkSnapshot
 *   from scratch, the figure before the incremental engine (and still the CLI's, one check per claim).
 * - `jsonRulesEngineEvalPerSec`: json-rules-engine 7.3.1 running the same 20 rules (engine-bench-peer.ts says
 *   what is comparable) on the same snapshots; it has no incremental mode, so each edit is a run.
 * - `incrementalEditMs`: the background's CPU per edit after this change (apply the changed field to the
 *   frame's fields held in memory, incremental check, serialise the result for storage.session as the background
 *   stores it: each checklist named by its id, title, payer, service, vintage and source, not its compiled rules);
 *   `fullEditMs`: the same edit as the background did it before (merge, full check, serialise every frame's
 *   snapshot and the result). JSON serialisation stands for storage.session's own, which is not in node.
 * CPU time, medians of several rounds after a warm-up; the machine is shared, so ratios are what count.
 */
import { pathToFileURL } from 'node:url';
import { loadHtmlText } from '../../cli/load-html';
import { loadIcd10Cm } from '../../cli/load-icd10cm';
import { loadNcci } from '../../cli/load-ncci';
import { checkHtmlFile } from '../../cli/run-check';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { checkSnapshot, type CheckResult, type CheckSnapshotOptions } from '../../rules/check-snapshot';
import { createIncrementalCheck } from '../../rules/incremental-check';
import type { Snapshot } from '../../rules/schema';
import { takeSnapshot } from '../../utils/fields/read-page';
import { peerEngine } from './engine-bench-peer';

const SAMPLE_CLAIM = 'test/fixtures/pages/cms1500-claim.html';
const WORDS = ['Patient name', 'Date of birth', 'Member ID', 'Diagnosis code', 'Units', 'Charges', 'Rendering NPI', 'Place of service', 'Notes', 'Comments'];
const ROUNDS = 7;
const EDITS_PER_ROUND = 219;

export interface EngineFigures {
  evalPerSec: number;
  jsonRulesEngineEvalPerSec: number;
  speedup: number;
  incrementalEditMs: number;
  fullEvalPerSec: number;
  fullEditMs: number;
  fields: number;
  rules: number;
}

/** The scan bench's synthetic form: 1,000 labelled text inputs in 100 fieldsets. */
function bigForm(): string {
  const sections: string[] = [];
  for (let s = 0; s < 100; s++) {
    const rows = WORDS.map((word, i) => `<label for="f${s}_${i}">${word} ${s}</label><input id="f${s}_${i}" name="field_${s}_${i}">`);
    sections.push(`<fieldset><legend>Section ${s}</legend>${rows.join('')}</fieldset>`);
  }
  return `<!doctype html><html><head><title>Big form</title></head><body><form>${sections.join('')}</form></body></html>`;
}

export async function largeSnapshot(): Promise<Snapshot> {
  const claim = (await checkHtmlFile(SAMPLE_CLAIM, [], { asOf: '2025-03-01' })).snapshot;
  const page = await loadHtmlText(bigForm(), 'https://portal.example/big');
  try {
    const extra = takeSnapshot(page.document, { today: claim.takenAt }).fields.map((field) => ({ ...field, key: `big-${field.key}` }));
    const { places: _places, ...engineView } = claim;
    return { ...engineView, fields: [...claim.fields, ...extra] };
  } finally {
    await page.close();
  }
}

/** One snapshot of the user's typing, and the place of the field that changed in it. */
interface Edit {
  snapshot: Snapshot;
  at: number;
}

/**
 * The snapshots a user's typing gives: one of the claim's own fields at a time gets two characters typed into it,
 * one after the other, then is set back (each a snapshot), and the user moves on to another field.
 */
function edits(snapshot: Snapshot, count: number): Edit[] {
  const typed = snapshot.fields.map((field, at) => ({ field, at })).filter(({ field }) => !field.key.startsWith('big-'));
  const out: Edit[] = [];
  let current = snapshot;
  for (let edit = 0; edit < count; edit++) {
    const { field, at } = typed[(Math.floor(edit / 3) * 7) % typed.length]!;
    const value = [`${field.value}1`, `${field.value}12`, field.value][edit % 3]!;
    const fields = [...current.fields];
    fields[at] = { ...fields[at]!, value };
    current = { ...current, fields, takenAt: `${snapshot.takenAt.slice(0, 10)}T12:00:${String(edit % 60).padStart(2, '0')}.000Z` };
    out.push({ snapshot: current, at });
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * CPU milliseconds per call of `work` over `inputs` (this process's user + system time, which other work on a
 * shared machine disturbs less than wall time; garbage collection included), median of ROUNDS rounds after one
 * warm-up round.
 */
async function msPer<T>(inputs: T[], work: (input: T) => unknown): Promise<number> {
  const rounds: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const start = process.cpuUsage();
    for (const input of inputs) await work(input);
    const used = process.cpuUsage(start);
    if (round > 0) rounds.push((used.user + used.system) / 1000 / inputs.length);
  }
  return median(rounds);
}

/** The result as the background stores it in storage.session (tab-results.ts, describe): checklists by name. */
const stored = (result: CheckResult) => ({
  ...result,
  checklists: result.checklists.map(({ id, title, payer, service, vintage, source }) => ({ id, title, payer, service, vintage, source })),
});

/** Merges one frame as the background's mergeFrames does (each field marked with its frame). */
const mergedFrame = (snapshot: Snapshot): Snapshot => ({ ...snapshot, fields: snapshot.fields.map((field) => ({ ...field, frameId: 0 })) });

export async function measureEngine(): Promise<EngineFigures> {
  const snapshot = await largeSnapshot();
  const references = { icd10cm: await loadIcd10Cm(), ncci: await loadNcci() };
  const options: CheckSnapshotOptions = { checklists: BUNDLED_CHECKLISTS, choice: { checklistIds: ['cms1500-basics'] }, references };
  const typing = edits(snapshot, EDITS_PER_ROUND);

  const fullMs = await msPer(typing, ({ snapshot: edited }) => checkSnapshot(edited, options));
  const incremental = createIncrementalCheck(options);
  incremental(snapshot);
  const incrementalMs = await msPer(typing, ({ snapshot: edited, at }) => incremental(edited, [at]));
  const peer = peerEngine(references);
  const peerMs = await msPer(typing.slice(0, EDITS_PER_ROUND / 4), ({ snapshot: edited }) => peer.run(edited));

  // The background's per-edit work, before (whole snapshot rewritten) and after (changes applied in memory).
  const fullEditMs = await msPer(typing, ({ snapshot: edited }) => {
    const merged = mergedFrame(edited);
    const result = checkSnapshot(merged, options);
    return JSON.stringify({ frames: { 0: edited }, result: stored(result) });
  });
  const held = createIncrementalCheck(options);
  const marked = mergedFrame(snapshot).fields;
  const positions = new Map(snapshot.fields.map((field, at) => [field.key, at]));
  held({ ...snapshot, fields: marked });
  let heldFields = marked;
  const incrementalEditMs = await msPer(typing, ({ snapshot: edited, at }) => {
    // What applyFieldChanges does: the changed field (the message names it) replaces its own in the frame's held,
    // already marked fields, and the engine is told its place.
    const field = edited.fields[at]!;
    heldFields = [...heldFields];
    const position = positions.get(field.key)!;
    heldFields[position] = { ...field, frameId: 0 };
    const result = held({ ...snapshot, fields: heldFields, takenAt: edited.takenAt }, [position]);
    return JSON.stringify(stored(result));
  });

  const evalPerSec = 1000 / incrementalMs;
  const jsonRulesEngineEvalPerSec = 1000 / peerMs;
  return {
    evalPerSec: Math.round(evalPerSec),
    jsonRulesEngineEvalPerSec: Math.round(jsonRulesEngineEvalPerSec),
    speedup: Math.round((evalPerSec / jsonRulesEngineEvalPerSec) * 10) / 10,
    incrementalEditMs: Math.round(incrementalEditMs * 1000) / 1000,
    fullEvalPerSec: Math.round(1000 / fullMs),
    fullEditMs: Math.round(fullEditMs * 1000) / 1000,
    fields: snapshot.fields.length,
    rules: BUNDLED_CHECKLISTS.find((checklist) => checklist.id === 'cms1500-basics')!.rules.length,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await measureEngine(), null, 2));
}

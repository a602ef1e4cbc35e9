/**
 * A report without patient details never shows a value that identifies the patient, and keeps everything else.
 * For every fixture page, document and claim file, the identifying fields (by concept: patient.*, insured.*,
 * free-text doc.* values) are given random values (invented names, dates of birth, member and account numbers,
 * narratives), the snapshot is checked as the background checks it, and the report is built as the popup and
 * report page build it. No identifying value, nor any word of an invented name or narrative, may appear in it;
 * every other word of every message (codes, modifiers, units, dates of service, ClaimLint's own words and
 * examples) must still be there.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFile, checkHtmlFile } from '../../cli/run-check';
import { loadIcd10Cm } from '../../cli/load-icd10cm';
import { loadNcci } from '../../cli/load-ncci';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { checkSnapshot } from '../../rules/check-snapshot';
import type { Field, Snapshot } from '../../rules/schema';
import type { TabResult } from '../../utils/messages';
import { identifiesPatient, WITHHELD } from '../../utils/patient-identifiers';
import { buildReviewReport, type ReviewReport } from '../../utils/redact-report';
import { withheldView } from '../../utils/withheld-view';

const inFolder = (folder: string, pattern: RegExp) => readdirSync(folder).filter((name) => pattern.test(name) && name !== 'README.md').map((name) => join(folder, name));
const INPUTS = [
  ...inFolder('test/fixtures/pages', /\.html$/),
  ...inFolder('test/fixtures/claims', /\.(txt|json)$/),
  ...inFolder('test/fixtures/documents', /\.(txt|md|html)$/),
];

// Invented words start with "zq", which no English word, code or ClaimLint message does.
const syllable = fc.constantFrom('ra', 'vo', 'lin', 'ket', 'mar', 'uso', 'bel', 'tor', 'dan', 'ish');
const inventedWord = fc.array(syllable, { minLength: 2, maxLength: 3 }).map((parts) => `Zq${parts.join('')}`);
const name = fc.tuple(inventedWord, inventedWord, fc.constantFrom('', ' Q', ' Jr.')).map(([last, first, tail]) => `${last}, ${first}${tail}`);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const birthDate = fc.tuple(fc.integer({ min: 1930, max: 2012 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('iso', 'us', 'words'))
  .map(([year, month, day, style]) =>
    style === 'iso' ? `${year}-${pad(month)}-${pad(day)}` : style === 'us' ? `${pad(month)}/${pad(day)}/${year}` : `${MONTHS[month - 1]} ${day}, ${year}`);
const number = fc.tuple(fc.constantFrom('ZQ', 'ZQX-', 'zq'), fc.integer({ min: 100_000, max: 99_999_999 })).map(([prefix, digits]) => `${prefix}${digits}`);
const PHRASES = ['reports pain 6/10 when lifting', 'goal: walk 300 ft in 4 weeks', 'has plateaued', 'improving with exercise', 'cannot climb stairs'];
const narrative = fc.array(fc.oneof(inventedWord, fc.constantFrom(...PHRASES)), { minLength: 3, maxLength: 12 }).map((words) => words.join(' '));

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function identifierValue(concept: string): fc.Arbitrary<string> {
  if (concept.startsWith('doc.')) return narrative;
  if (/name/i.test(concept)) return name;
  if (/dob|date/i.test(concept)) return birthDate;
  return number;
}

async function snapshotsOf(path: string): Promise<Snapshot[]> {
  if (path.endsWith('.html')) return [(await checkHtmlFile(path, [], { asOf: '2025-03-01' })).snapshot];
  return (await checkFile(path, [], { asOf: '2025-03-01' })).results.map((result) => result.snapshot);
}

/** Every string the report holds, as a reader or a program would see it. */
function reportText(report: ReviewReport): string {
  return JSON.stringify(report, (_key, value: unknown) => value).replace(/\\"/g, '"');
}

function standsIn(text: string, value: string): boolean {
  const at = (from: number) => text.toLowerCase().indexOf(value.toLowerCase(), from);
  for (let found = at(0); found !== -1; found = at(found + 1)) {
    const before = text[found - 1] ?? ' ';
    const after = text[found + value.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

const tokens = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((token) => token.length >= 2);

describe.each(INPUTS)('%s', (path) => {
  it('shows no identifying value and keeps every other word of every message', async () => {
    const options = { checklists: BUNDLED_CHECKLISTS, references: { icd10cm: await loadIcd10Cm(), ncci: await loadNcci() } };
    const snapshots = (await snapshotsOf(path)).filter((snapshot) => snapshot.fields.some((field) => identifiesPatient(field.concept)));
    for (const start of snapshots) {
      const positions = start.fields.flatMap((field, at) => (identifiesPatient(field.concept) ? [at] : []));
      const values = fc.tuple(...positions.map((at) => identifierValue(start.fields[at]!.concept)));
      fc.assert(fc.property(values, (invented) => {
        const fields: Field[] = start.fields.map((field) => ({ ...field }));
        positions.forEach((at, n) => (fields[at]!.value = invented[n]!));
        const snapshot = { ...start, fields, title: `${start.title} – ${invented[0]}`, url: `https://portal.example/claims/${encodeURIComponent(invented[0]!)}?id=${invented[0]}` };
        const checked = checkSnapshot(snapshot, options);
        const base: TabResult = { tabId: 1, url: snapshot.url, title: snapshot.title, checkedAt: snapshot.takenAt, fieldCount: fields.length, checklists: [], findings: checked.findings };
        const report = buildReviewReport({ ...base, withheld: withheldView(base, fields) }, { includePatientDetails: false });
        const text = reportText(report);
        for (const value of invented) expect(standsIn(text, value.trim()), value).toBe(false);
        const inventedTokens = new Set(invented.flatMap(tokens));
        for (const token of inventedTokens) if (token.startsWith('zq')) expect(tokens(text)).not.toContain(token);
        report.findings.forEach((finding, at) => {
          const original = checked.findings[at]!.message;
          const kept = tokens(finding.message.split(WITHHELD).join(' '));
          for (const token of tokens(original)) {
            // A word an identifying value holds (or a piece of one a message shortened) may go with it.
            if (invented.some((value) => value.toLowerCase().includes(token))) continue;
            expect(kept, `"${token}" of ${JSON.stringify(original)}`).toContain(token);
          }
        });
      }), { numRuns: 3, seed: 16 });
    }
  });
});

it('the inputs give the property something to withhold', async () => {
  const snapshots = (await Promise.all(INPUTS.map(snapshotsOf))).flat();
  const concepts = new Set(snapshots.flatMap((snapshot) => snapshot.fields.filter((field) => identifiesPatient(field.concept)).map((field) => field.concept)));
  for (const concept of ['patient.name', 'patient.dob', 'patient.memberId', 'patient.accountNumber']) expect(concepts).toContain(concept);
  expect([...concepts].some((concept) => concept.startsWith('doc.'))).toBe(true);
});

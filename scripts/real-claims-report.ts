/**
 * Fails per claim on the real claim files nobody here wrote (../shared/fixtures/real/claims, X12 837P and FHIR):
 * runs the installed command, `claimlint check <file> --json`, on each and lists every fail by rule, so a rule
 * change shows its effect on real files before and after (`npx tsx scripts/real-claims-report.ts [dir]`).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

interface ReportedFinding { ruleId: string; checklistId: string; status: string; message: string }
interface ReportedClaim { findings: ReportedFinding[] }

const root = resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/fixtures/real/claims'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function claimsOf(file: string): ReportedClaim[] | string {
  try {
    const out = execFileSync('node', [join(import.meta.dirname, '../bin/claimlint.js'), 'check', file, '--json'], { encoding: 'utf8' });
    return parse(out);
  } catch (error) {
    // Exit 1 means "a rule failed" and still prints the JSON; anything else is a file the CLI could not read.
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    if (failed.status === 1 && failed.stdout) return parse(failed.stdout);
    return `not read (exit ${failed.status}): ${(failed.stderr ?? '').split('\n')[0]}`;
  }
}

/** A claim file prints { source, format, claims, summary, notices }; a claim the reader does not check has no findings. */
function parse(out: string): ReportedClaim[] {
  const json = JSON.parse(out) as ReportedClaim | { claims: Array<ReportedClaim & { notChecked?: string }> };
  if (!('claims' in json)) return [json];
  return json.claims.map((claim) => (claim.notChecked ? { findings: [] } : claim));
}

let total = 0;
let claimsSeen = 0;
const byRule = new Map<string, number>();
for (const file of filesUnder(root)) {
  const claims = claimsOf(file);
  const name = relative(root, file);
  if (typeof claims === 'string') {
    console.log(`${name}: ${claims}`);
    continue;
  }
  claims.forEach((claim, at) => {
    const fails = claim.findings.filter((finding) => finding.status === 'fail');
    claimsSeen += 1;
    total += fails.length;
    console.log(`${name}${claims.length > 1 ? ` claim ${at + 1}` : ''}: ${fails.length} fail${fails.length === 1 ? '' : 's'}`);
    for (const fail of fails) {
      const rule = `${fail.checklistId}/${fail.ruleId}`;
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
      console.log(`  ${rule}: ${fail.message}`);
    }
  });
}
console.log(`\n${total} fails on ${claimsSeen} claims; by rule:`);
for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${rule}`);

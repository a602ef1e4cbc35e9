/**
 * A large synthetic 837P 5010 batch for the bench, written as a stream: claims that differ from one another
 * (account numbers, members, dates, codes, one to ten service lines), each under its own 2000B subscriber, a
 * transaction set per 5,000 claims, one segment per line. About 1.1 kB a claim, so 100,000 claims make a file over
 * 100 MB. Every name and id is invented; NPIs pass the Luhn check with prefix 80840.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const CLAIMS_PER_TRANSACTION = 5_000;
const LAST_NAMES = ['ROE', 'DOE', 'POE', 'MOE', 'LOE', 'VOE', 'KOE', 'NOE'];
const FIRST_NAMES = ['RICHARD', 'JANE', 'ALEX', 'SAM', 'LEE', 'ROBIN', 'DANA', 'KIM'];
const PROCEDURES = ['97110', '97140', '97112', '97530', '97116', '99213', '90837', '98941'];
const DIAGNOSES = ['M5450', 'M6283', 'M25561', 'S134XXA', 'M542', 'G8929', 'M79605', 'R262'];
const NPIS = ['1234567893', '1497758544', '1245319599', '1588667638'];

/** Writes a batch of `claims` claims to `path`; resolves to its size in bytes. */
export async function writeSyntheticBatch(path: string, claims: number): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let bytes = 0;
  const write = async (segments: string[]) => {
    const text = `${segments.join('~\n')}~\n`;
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(['ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *260101*1200*^*00501*000000001*0*T*:',
    'GS*HC*SENDER*RECEIVER*20260101*1200*1*X*005010X222A1']);
  let transactions = 0;
  for (let first = 0; first < claims; first += CLAIMS_PER_TRANSACTION) {
    transactions += 1;
    const control = String(transactions).padStart(4, '0');
    await write([`ST*837*${control}*005010X222A1`, `BHT*0019*00*B${control}*20260101*1200*CH`, 'NM1*41*2*SUBMITTER CLINIC*****46*S1',
      'PER*IC*BILLING OFFICE*TE*5555550100', 'NM1*40*2*RECEIVER*****46*R1', 'HL*1**20*1', 'PRV*BI*PXC*225100000X',
      'NM1*85*2*EXAMPLE THERAPY CLINIC*****XX*1234567893', 'N3*100 EXAMPLE ST', 'N4*SPRINGFIELD*OR*97477', 'REF*EI*999887777']);
    let hl = 1;
    for (let n = first; n < Math.min(claims, first + CLAIMS_PER_TRANSACTION); n += 1) {
      hl += 1;
      await write(claimSegments(n, hl));
    }
    await write([`SE*0*${control}`]);
  }
  await write([`GE*${transactions}*1`, 'IEA*1*000000001']);
  out.end();
  await once(out, 'finish');
  return bytes;
}

function claimSegments(n: number, hl: number): string[] {
  const pick = <T>(list: readonly T[], salt: number): T => list[(n * 7 + salt * 13) % list.length]!;
  const day = String((n % 28) + 1).padStart(2, '0');
  const month = String((n % 12) + 1).padStart(2, '0');
  const lines = (n % 10) + 1;
  const diagnoses = [pick(DIAGNOSES, 1), pick(DIAGNOSES, 2), pick(DIAGNOSES, 3)];
  const segments = [
    `HL*${hl}*1*22*0`, `SBR*P*18*GRP${n % 977}******CI`,
    `NM1*IL*1*${pick(LAST_NAMES, 1)}*${pick(FIRST_NAMES, 2)}****MI*MBR${String(n).padStart(9, '0')}`,
    `N3*${100 + (n % 900)} EXAMPLE AVENUE*APT ${n % 50}`, 'N4*PORTLAND*OR*972010001', `DMG*D8*19${50 + (n % 50)}${month}${day}*${n % 2 ? 'F' : 'M'}`,
    'NM1*PR*2*EXAMPLE HEALTH PLAN OF OREGON*****PI*PAYER00001', 'N3*PO BOX 1000', 'N4*SALEM*OR*973010001',
    `CLM*ACCT${String(n).padStart(8, '0')}*${lines * 85}***11:B:1*Y*A*Y*Y`,
    `DTP*431*D8*2025${month}${day}`, `DTP*454*D8*2025${month}${day}`, `REF*G1*AUTH${n % 10_000}`, `HI*ABK:${diagnoses[0]}*ABF:${diagnoses[1]}*ABF:${diagnoses[2]}`,
    `NM1*DN*1*${pick(LAST_NAMES, 6)}*${pick(FIRST_NAMES, 7)}****XX*${pick(NPIS, 8)}`,
    `NM1*82*1*${pick(LAST_NAMES, 3)}*${pick(FIRST_NAMES, 4)}****XX*${pick(NPIS, 5)}`, 'PRV*PE*PXC*225100000X',
    'NM1*77*2*EXAMPLE THERAPY CLINIC*****XX*1234567893', 'N3*100 EXAMPLE ST', 'N4*SPRINGFIELD*OR*97477',
  ];
  for (let line = 1; line <= lines; line += 1) {
    segments.push(`LX*${line}`, `SV1*HC:${pick(PROCEDURES, line)}:GP*85*UN*${(line % 3) + 1}***1:2`,
      `DTP*472*D8*2026${month}${day}`, `REF*6R*LINE${String(n).padStart(8, '0')}-${line}`);
    if (line % 4 === 0) segments.push(`NM1*82*1*${pick(LAST_NAMES, line)}*${pick(FIRST_NAMES, line)}****XX*${pick(NPIS, line)}`);
  }
  return segments;
}

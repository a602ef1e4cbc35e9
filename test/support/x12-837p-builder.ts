/**
 * Small 837P files built for tests, to reach the cases public samples do not have. Segments are written with '*'
 * and ':' and translated to the separators under test; the ISA is padded to its fixed width unless a test asks
 * otherwise. All names and ids are invented.
 */

export interface Separators {
  element: string;
  component: string;
  terminator: string;
  /** What follows each terminator: '' for a one-line file, '\n' or '\r\n' for one segment per line. */
  after: string;
}

export const TILDE: Separators = { element: '*', component: ':', terminator: '~', after: '' };

export function isa(sep: Separators): string {
  const fields = ['00', ' '.repeat(10), '00', ' '.repeat(10), 'ZZ', 'SUBMITTER'.padEnd(15), 'ZZ', 'RECEIVER'.padEnd(15),
    '260101', '1200', '^', '00501', '000000001', '0', 'T', sep.component];
  return `ISA${sep.element}${fields.join(sep.element)}${sep.terminator}`;
}

export function x12(segments: string[], sep: Separators = TILDE): string {
  const body = segments.map((segment) => segment.replaceAll('*', sep.element).replaceAll(':', sep.component) + sep.terminator);
  return [isa(sep), ...body].join(sep.after) + sep.after;
}

export interface ClaimParts {
  version?: string;
  subscriber?: string[];
  patient?: string[];
  clm?: string;
  claim?: string[];
  lines?: string[][];
}

export const SUBSCRIBER = ['SBR*P*18*GRP77******CI', 'NM1*IL*1*ROE*RICHARD****MI*MEMBERXYZ9', 'DMG*D8*19800215*M',
  'NM1*PR*2*ACME HEALTH*****PI*P1'];
export const LINE_ONE = ['LX*1', 'SV1*HC:97140:GP*75*UN*2***1:2', 'DTP*472*D8*20260110'];

export function claimFile(parts: ClaimParts = {}, sep: Separators = TILDE): string {
  const version = parts.version ?? '005010X222A1';
  const patient = parts.patient ? ['HL*3*2*23*0', ...parts.patient] : [];
  return x12([
    `GS*HC*SENDER*RECEIVER*20260101*1200*1*X*${version}`,
    `ST*837*0001*${version}`,
    'BHT*0019*00*1*20260101*1200*CH',
    'NM1*41*2*SUBMITTER*****46*S1',
    'HL*1**20*1',
    'NM1*85*2*BILLING CLINIC*****XX*1234567893',
    'REF*EI*999887777',
    `HL*2*1*22*${patient.length > 0 ? 1 : 0}`,
    ...(parts.subscriber ?? SUBSCRIBER),
    ...patient,
    parts.clm ?? 'CLM*ACCT42*150***11:B:1*Y*A*Y*Y',
    ...(parts.claim ?? ['HI*ABK:M5450*ABF:M6283']),
    ...(parts.lines ?? [LINE_ONE]).flat(),
    'SE*20*0001',
    'GE*1*1',
    'IEA*1*000000001',
  ], sep);
}


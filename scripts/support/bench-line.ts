/** One line of `npm run bench`: a figure, its target and whether it is within it. */
export function line(what: string, value: number, unit: string, target: number): string {
  const verdict = value <= target ? 'within target' : 'OVER TARGET';
  return `${what.padEnd(66)} ${`${value.toLocaleString('en-US')} ${unit}`.padStart(12)}   target ≤ ${target.toLocaleString('en-US')} ${unit}   ${verdict}`;
}

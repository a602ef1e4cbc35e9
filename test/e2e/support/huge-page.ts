/**
 * A claim page made huge: `rows` supply lines (a label and a prefilled input each) appended after the claim form,
 * as a generated grid of a real portal would be. Shared by the huge-page e2e test and `npm run bench`.
 */
export function hugeClaimPage(claimHtml: string, rows: number): string {
  const lines: string[] = [];
  for (let row = 0; row < rows; row++) {
    lines.push(`<tr><td><label for="x${row}">Supply item ${row}</label></td><td><input id="x${row}" name="x${row}" value="v${row}"></td></tr>`);
  }
  const grid = `<h2>Supplies</h2><table>${lines.join('\n')}</table>`;
  if (!claimHtml.includes('</body>')) throw new Error('the claim page has no </body> to append the grid before');
  return claimHtml.replace('</title>', ` (+${rows} rows)</title>`).replace('</body>', `${grid}</body>`);
}

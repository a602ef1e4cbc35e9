/**
 * The demo without a browser: the sample pages checked by the command-line tool's code (same field detector and
 * engine as the extension, on the saved HTML), printed as `claimlint check` prints them.
 */
import { renderTable } from '../../cli/render-table';
import { checkFile } from '../../cli/run-check';

/** Checks each page with the checklists that apply to it and prints the report. */
export async function printCliFindings(pagePaths: readonly string[]): Promise<void> {
  for (const path of pagePaths) {
    const { results } = await checkFile(path, []);
    for (const result of results) console.log(renderTable(result));
  }
}

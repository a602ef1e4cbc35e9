/**
 * What each part of the built extension costs to download, gzip -9 as a store serves it: the content script (on
 * every page), the popup's and the options page's scripts (their HTML's script and every chunk it imports, shared
 * chunks counted in each page that loads them), the service worker, and the data files loaded on first use
 * (data/*.json: the ICD-10-CM table, the NCCI edits, the checklists). Read by the bench (`gzipKb`).
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleGzipKb {
  content: number;
  popup: number;
  options: number;
  background: number;
  codeData: number;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

async function gzipBytes(path: string): Promise<number> {
  return gzipSync(await readFile(path), { level: 9 }).length;
}

/** A module's static imports (`from"./x.js"`, `import"./x.js"`), as paths inside the output folder. */
function staticImports(source: string, modulePath: string): string[] {
  const found = source.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g);
  return [...found].map((match) => posix.join(posix.dirname(modulePath), match[1]!));
}

/** Every script a page loads before it runs: its module scripts and all they import, each once. */
export async function pageScripts(outputDir: string, htmlFile: string): Promise<string[]> {
  const html = await readFile(join(outputDir, htmlFile), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*\bsrc="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...staticImports(await readFile(join(outputDir, path), 'utf8'), path));
  }
  return [...seen];
}

async function sumGzip(outputDir: string, paths: string[]): Promise<number> {
  let total = 0;
  for (const path of paths) total += await gzipBytes(join(outputDir, path));
  return total;
}

async function dataFiles(outputDir: string): Promise<string[]> {
  const entries = await readdir(join(outputDir, 'data'), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => posix.join(dirname(join(entry.parentPath, entry.name)).slice(outputDir.length + 1), entry.name));
}

/** gzip -9 kilobytes (one decimal) per part of a built extension folder such as `.output/chrome-mv3`. */
export async function bundleGzipKb(outputDir: string): Promise<BundleGzipKb> {
  return {
    content: kb(await gzipBytes(join(outputDir, 'content-scripts/claim.js'))),
    popup: kb(await sumGzip(outputDir, await pageScripts(outputDir, 'popup.html'))),
    options: kb(await sumGzip(outputDir, await pageScripts(outputDir, 'options.html'))),
    background: kb(await gzipBytes(join(outputDir, 'background.js'))),
    codeData: kb(await sumGzip(outputDir, await dataFiles(outputDir))),
  };
}

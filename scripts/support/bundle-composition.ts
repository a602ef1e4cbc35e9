/**
 * What each bundle is made of: builds the extension with source maps into a scratch folder and sums, per source
 * file (node_modules packages grouped by package), the bytes of the bundle it produced. The bench's sizes
 * (`bundle-sizes.ts`) say how big; this says why. Run: `npx tsx scripts/support/bundle-composition.ts [browser]`.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'wxt';

/** Groups a source path: a package by its name, a project file by its path from the project root. */
function sourceGroup(source: string, root: string): string {
  const path = source.replace(/^[a-z]+:\/*/i, '/').replace(/\?.*$/, '');
  const packageAt = path.lastIndexOf('node_modules/');
  if (packageAt >= 0) {
    const [scope, name] = path.slice(packageAt + 'node_modules/'.length).split('/');
    return `npm:${scope!.startsWith('@') ? `${scope}/${name}` : scope}`;
  }
  return relative(root, resolve(root, path.replace(/^(\.\.\/)+/, '/'))).startsWith('..') ? path : relative(root, resolve(root, path));
}

/** Bytes of a generated file per source group, by walking its mappings segment by segment. */
export function bytesPerSource(code: string, map: string, mapDir: string, root: string): Map<string, number> {
  const consumer = new SourceMapConsumer(JSON.parse(map));
  const lines = code.split('\n');
  const totals = new Map<string, number>();
  let last: { line: number; column: number; group: string } | undefined;
  const add = (group: string, bytes: number) => totals.set(group, (totals.get(group) ?? 0) + bytes);
  const close = (line: number, column: number) => {
    if (!last) return;
    if (line === last.line) add(last.group, column - last.column);
    else {
      add(last.group, lines[last.line - 1]!.length - last.column);
      for (let between = last.line + 1; between < line; between++) add(last.group, lines[between - 1]!.length);
      add(last.group, column);
    }
  };
  consumer.eachMapping((mapping) => {
    close(mapping.generatedLine, mapping.generatedColumn);
    const group = mapping.source ? sourceGroup(resolve(mapDir, mapping.source), root) : '(no source)';
    last = { line: mapping.generatedLine, column: mapping.generatedColumn, group };
  });
  close(lines.length, lines.at(-1)!.length);
  const mapped = [...totals.values()].reduce((sum, bytes) => sum + bytes, 0);
  if (code.length > mapped) add('(unmapped)', code.length - mapped);
  return totals;
}

async function main(): Promise<void> {
  const browser = process.argv[2] ?? 'chrome';
  const root = process.cwd();
  const outDir = await mkdtemp(join(tmpdir(), 'claimlint-composition-'));
  try {
    // Source maps give minified bytes per file but map no JSON module; the bundler's own rendered lengths (before
    // minifying) name every module, so the JSON data a bundle carries is listed from them.
    const jsonModules = new Map<string, Array<[string, number]>>();
    const listJson = {
      name: 'claimlint-list-json-modules',
      generateBundle(_options: unknown, bundle: Record<string, { type: string; modules?: Record<string, { renderedLength: number }> }>) {
        for (const [file, output] of Object.entries(bundle)) {
          if (output.type !== 'chunk' || !output.modules) continue;
          const json = Object.entries(output.modules).filter(([id]) => id.endsWith('.json'));
          jsonModules.set(file, json.map(([id, module]) => [relative(root, id), module.renderedLength]));
        }
      },
    };
    await build({ browser, outDir, mode: 'production', vite: () => ({ build: { sourcemap: true }, plugins: [listJson] }) });
    const built = join(outDir, `${browser}-mv3`);
    const files = (await readdir(built, { recursive: true })).filter((file) => file.endsWith('.js'));
    for (const file of files.sort()) {
      const code = await readFile(join(built, file), 'utf8');
      const map = await readFile(join(built, `${file}.map`), 'utf8').catch(() => undefined);
      console.log(`\n${file}: ${(code.length / 1024).toFixed(1)} kB`);
      if (!map) continue;
      const totals = [...bytesPerSource(code, map, join(built, file, '..'), root)].sort((a, b) => b[1] - a[1]);
      for (const [group, bytes] of totals.slice(0, 40)) console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} kB  ${group}`);
      const json = (jsonModules.get(file) ?? []).sort((a, b) => b[1] - a[1]);
      if (json.length > 0) console.log(`  JSON modules, before minifying (the "(no source)" above): ${json.length}`);
      for (const [id, bytes] of json.slice(0, 25)) console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} kB  ${id}`);
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

/**
 * Loads only the description chunks a letter needs: the index once, then the chunk of each code asked about, each
 * chunk once. How a file is read (fetch and DecompressionStream in the extension, gunzip in the command-line tool)
 * is the caller's; this is the part both share, so they pick the same chunks and check them the same way.
 */
import { chunkPrefixOf, descriptionIndexSchema, type DescriptionIndex } from './icd10cm-descriptions-data';
import { createIcd10CmDescriptions, type Icd10CmDescriptions } from './icd10cm-descriptions';
import { readIcd10Format } from './icd10-format';

/** The packaged folder's index, beside the chunks. */
export const DESCRIPTIONS_INDEX_FILE = 'index.json';

/** Reads a file of the packaged folder by name ("index.json", "M.json.gz") and gives its parsed JSON. */
export type ReadDescriptionsFile = (file: string) => Promise<unknown>;

/**
 * `loadDescriptionsFor(codes)`: the descriptions with every chunk those codes need (codes as written, "M54.2";
 * words that are not a code are skipped). Rejects when the index or a needed chunk cannot be read or is invalid;
 * a failed read is tried again on the next call.
 */
export function icd10CmDescriptionsLoader(read: ReadDescriptionsFile): (codes: readonly string[]) => Promise<Icd10CmDescriptions> {
  let index: Promise<DescriptionIndex> | undefined;
  const chunks = new Map<string, Promise<unknown>>();
  const once = <T>(start: () => Promise<T>, forget: () => void): Promise<T> => {
    const loading = start();
    loading.catch(forget);
    return loading;
  };

  return async (codes) => {
    index ??= once(async () => validIndex(await read(DESCRIPTIONS_INDEX_FILE)), () => { index = undefined; });
    const { chunks: listed } = await index;
    const prefixes = listed.map((chunk) => chunk.prefix);
    const needed = new Set<string>();
    for (const code of codes) {
      const read = readIcd10Format(code);
      const prefix = read.ok ? chunkPrefixOf(read.compact, prefixes) : null;
      if (prefix !== null) needed.add(prefix);
    }
    // With no code any chunk holds, the lookup still needs one chunk to know the fiscal years: the index's first (small).
    if (needed.size === 0) needed.add(prefixes[0]!);
    const loaded = await Promise.all([...needed].map((prefix) => {
      const file = listed.find((chunk) => chunk.prefix === prefix)!.file;
      let loading = chunks.get(prefix);
      if (!loading) chunks.set(prefix, (loading = once(() => read(file).then((json) => fromFile(json, prefix, file)), () => chunks.delete(prefix))));
      return loading;
    }));
    return createIcd10CmDescriptions(loaded);
  };
}

/** A chunk file must hold the prefix the index files it under; a swapped file would describe codes from the wrong chunk. */
function fromFile(json: unknown, prefix: string, file: string): unknown {
  const stated = (json as { prefix?: unknown } | null)?.prefix;
  if (stated !== prefix) throw new Error(`The ICD-10-CM descriptions: ${file} holds chunk ${String(stated)}, not ${prefix}`);
  return json;
}

function validIndex(json: unknown): DescriptionIndex {
  const parsed = descriptionIndexSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new Error(`The ICD-10-CM descriptions index is not valid (${issues.join('; ')})`);
  }
  return parsed.data;
}

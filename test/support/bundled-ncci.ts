/** The NCCI table the extension and the CLI ship (public/data/ncci.json), for tests that judge real edits. */
import { readFileSync } from 'node:fs';
import { createNcciLookup } from '../../rules/codes/ncci-table';

export const bundledNcci = createNcciLookup(JSON.parse(readFileSync(new URL('../../public/data/ncci.json', import.meta.url), 'utf8')));

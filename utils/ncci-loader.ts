/**
 * The NCCI edits for the extension's background: the file packaged with the extension (public/data/ncci.json ->
 * /data/ncci.json), loaded once, on the first check that needs it.
 */
import { createNcciLookup } from '../rules/codes/ncci-table';
import { packagedDataLoader } from './packaged-data';

/** The packaged NCCI lookup, or undefined when it cannot be read (the checks then say "can't tell"). */
export const loadNcci = packagedDataLoader('/data/ncci.json', 'the NCCI edits', createNcciLookup);

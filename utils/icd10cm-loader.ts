/**
 * The ICD-10-CM table for the extension's background: the file packaged with the extension
 * (public/data/icd10cm.json -> /data/icd10cm.json), loaded once, on the first check that needs it.
 */
import { createIcd10CmLookup } from '../rules/codes/icd10cm-table';
import { packagedDataLoader } from './packaged-data';

/** The packaged ICD-10-CM lookup, or undefined when it cannot be read (the checks then say "can't tell"). */
export const loadIcd10Cm = packagedDataLoader('/data/icd10cm.json', 'the ICD-10-CM table', createIcd10CmLookup);

/**
 * A large synthetic FHIR R4 Bundle for the bench: the fixture's therapy claim (test/fixtures/claims/
 * fhir-therapy-claim.json) repeated as `claims` Claims under their own ids and patient control numbers, all
 * sharing the fixture's Patient, Coverage, Organization and Practitioner, as a clearinghouse export of one
 * practice's day would. Every name and id is invented (the fixture's).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

interface Entry {
  fullUrl?: string;
  resource: { resourceType: string; id?: string; identifier?: Array<{ system?: string; value?: string }> };
}

/** Writes the Bundle to `path`; resolves to its size in bytes. */
export async function writeSyntheticFhirBatch(path: string, claims: number, root = resolve('.')): Promise<number> {
  const bundle = JSON.parse(await readFile(resolve(root, 'test/fixtures/claims/fhir-therapy-claim.json'), 'utf8')) as { entry: Entry[] };
  const claim = bundle.entry.find((entry) => entry.resource.resourceType === 'Claim')!;
  const others = bundle.entry.filter((entry) => entry !== claim);
  const template = JSON.stringify(claim);
  const entries: string[] = [];
  for (let n = 1; n <= claims; n++) {
    const copy = JSON.parse(template) as Entry;
    copy.fullUrl = `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    copy.resource.id = `synthetic-claim-${n}`;
    copy.resource.identifier = [{ system: 'urn:claimlint:synthetic:patient-control-number', value: `PCN-${n}` }];
    entries.push(JSON.stringify(copy));
  }
  const text = `${JSON.stringify({ ...bundle, entry: [] }).replace('"entry":[]', `"entry":[${[...entries, ...others.map((entry) => JSON.stringify(entry))].join(',')}]`)}`;
  await writeFile(path, text);
  return Buffer.byteLength(text);
}

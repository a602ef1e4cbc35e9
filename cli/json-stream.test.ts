import { describe, expect, it } from 'vitest';
import { JsonStream } from './json-stream';

describe('JsonStream', () => {
  it('writes exactly what JSON.stringify(value, null, 2) prints for the whole, nested and empty parts included', () => {
    const whole = {
      source: 'claims/',
      files: [
        { source: 'a.837', claims: [{ claimId: 'PCN-1', findings: [{ message: 'line\n"quoted"' }] }, { claimId: null, findings: [] }], notices: [] },
        { source: 'b.837', claims: [], notices: ['read with a caveat'] },
      ],
      summary: { claimsRead: 2 },
    };
    let text = '';
    const json = new JsonStream((piece) => { text += piece; });
    json.begin('object');
    json.value(whole.source, 'source');
    json.begin('array', 'files');
    for (const file of whole.files) {
      json.begin('object');
      json.value(file.source, 'source');
      json.begin('array', 'claims');
      for (const claim of file.claims) json.value(claim);
      json.end();
      json.value(file.notices, 'notices');
      json.end();
    }
    json.end();
    json.value(whole.summary, 'summary');
    json.end();
    expect(text).toBe(`${JSON.stringify(whole, null, 2)}\n`);
  });

  it('writes a lone value as a document', () => {
    let text = '';
    new JsonStream((piece) => { text += piece; }).value({ a: [1] });
    expect(text).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});

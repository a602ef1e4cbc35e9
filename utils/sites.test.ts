import { describe, expect, it } from 'vitest';
import { siteOf, siteOriginSchema, sitePattern, siteWithoutPort } from './sites';

describe('siteOf', () => {
  it('keeps mappings per origin, one shared site for saved pages, none for browser pages', () => {
    expect(siteOf('https://portal.example:8443/claims/new?x=1')).toBe('https://portal.example:8443');
    expect(siteOf('file:///home/biller/claim.html')).toBe('file://');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('nonsense')).toBeNull();
  });
});

describe('siteWithoutPort', () => {
  it('drops the port a host permission cannot name, and leaves saved pages as they are', () => {
    expect(siteWithoutPort('https://portal.example:8443')).toBe('https://portal.example');
    expect(siteWithoutPort('http://127.0.0.1:8080')).toBe('http://127.0.0.1');
    expect(siteWithoutPort('https://portal.example')).toBe('https://portal.example');
    expect(siteWithoutPort('file://')).toBe('file://');
  });
});

describe('sitePattern', () => {
  it('asks for one site, whatever page of it is open', () => {
    expect(sitePattern('https://portal.example.com/claims/new?id=7')).toBe('https://portal.example.com/*');
    expect(sitePattern('http://127.0.0.1:8080/claim.html')).toBe('http://127.0.0.1/*');
  });

  it('offers nothing for pages that are not web sites', () => {
    expect(sitePattern('file:///home/claim.html')).toBeNull();
    expect(sitePattern('chrome://extensions')).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
  });
});

describe('siteOriginSchema', () => {
  it('accepts an origin or file://, nothing with a path or another scheme', () => {
    for (const site of ['https://portal.example', 'http://127.0.0.1:8080', 'file://']) expect(siteOriginSchema.safeParse(site).success).toBe(true);
    for (const site of ['https://portal.example/claims', 'javascript:alert(1)', 'not a site', '']) {
      expect(siteOriginSchema.safeParse(site).success).toBe(false);
    }
  });
});

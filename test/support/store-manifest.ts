/**
 * What the store builds ask for, in one place: STORE.md justifies each permission and host pattern listed here,
 * and the store-build tests hold both builds' manifests to it. A new permission needs its paragraph in STORE.md
 * and a line here, or a test fails.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export const STORE_PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];
export const STORE_OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'";

/** The least-privilege shape both stores' manifests share. */
export function expectLeastPrivilege(manifest: Record<string, unknown>): void {
  expect([...(manifest.permissions as string[])].sort()).toEqual(STORE_PERMISSIONS);
  expect([...(manifest.optional_host_permissions as string[])].sort()).toEqual(STORE_OPTIONAL_HOSTS);
  // No site at install: the content script runs after a click (activeTab) or on a site the user granted.
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest).not.toHaveProperty('content_scripts');
  expect(manifest).not.toHaveProperty('optional_permissions');
  // No page can message ClaimLint or load its files.
  expect(manifest).not.toHaveProperty('externally_connectable');
  expect(manifest).not.toHaveProperty('web_accessible_resources');
  expect(manifest.content_security_policy).toEqual({ extension_pages: EXTENSION_PAGES_CSP });
}

/** Permissions and host patterns of a manifest that STORE.md does not name in backticks. */
export function unjustifiedInStoreMd(manifest: Record<string, unknown>): string[] {
  const storeMd = readFileSync('STORE.md', 'utf8');
  const declared = [...(manifest.permissions as string[]), ...(manifest.optional_host_permissions as string[])];
  return declared.filter((name) => !storeMd.includes(`\`${name}\``));
}

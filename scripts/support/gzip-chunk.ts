/**
 * A packaged JSON chunk as gzip: the highest level, no file name, and the header's OS byte fixed to "unknown",
 * which zlib otherwise sets per platform, so a rebuild on macOS and on Linux does not differ there.
 */
import { gzipSync } from 'node:zlib';

const OS_BYTE = 9;
const OS_UNKNOWN = 0xff;

export function gzipChunk(json: string): Uint8Array {
  const bytes = gzipSync(json, { level: 9 });
  bytes[OS_BYTE] = OS_UNKNOWN;
  return bytes;
}

import { execFileSync } from 'node:child_process';

/** The end-to-end suite always tests a fresh test build (local pages allowed), never a stale one. */
export default function buildTestExtension(): void {
  execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

// The pages' HTML, rendered at build time (issue 28): src/prerender.tsx built for Node into a
// folder of its own, run, and its markup put into each page of `dist` (node/prerender/prerenderPages.ts).
// The last step of `npm run build` (scripts/build.mjs), and of the bench's own build (scripts/bench.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJiti } from 'jiti';

/** Renders the pages into `dist`; returns each page's markup size in bytes, or null when the
 * rendering code did not build (Vite has said why). */
export async function prerenderInto(dist, { env = process.env, logLevel = 'warn' } = {}) {
  const ssrDir = mkdtempSync(join(tmpdir(), 'prerender-'));
  try {
    const ssrArgs = ['vite', 'build', '--ssr', 'src/prerender.tsx', '--outDir', ssrDir, '--logLevel', logLevel];
    const ssr = spawnSync('npx', ssrArgs, { stdio: 'inherit', env });
    if (ssr.status !== 0) return null;
    const { prerenderPages } = await createJiti(import.meta.url).import('../../node/prerender/prerenderPages.ts');
    return await prerenderPages(join(ssrDir, 'prerender.js'), dist);
  } finally {
    rmSync(ssrDir, { recursive: true, force: true });
  }
}

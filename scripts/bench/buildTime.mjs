// How long `npm run build` takes for the bundled story: validation, both Vite builds, the basemap cut
// for its bounds and the pictures. The first run starts without the basemap cache (as a fresh
// clone does), the others with it (as every later build does). Wall-clock, so a benchmark, not a test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function buildTimes({ runs }) {
  const out = mkdtempSync(join(tmpdir(), 'bench-build-'));
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      if (i === 0) rmSync('node_modules/.cache/iraq-strikes-map/basemap', { recursive: true, force: true });
      const start = performance.now();
      const run = spawnSync('node', ['scripts/build.mjs', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'ignore' });
      if (run.status !== 0) throw new Error('bench: the build failed');
      times.push(performance.now() - start);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  return { runs, coldMs: times[0], warmMedianMs: warm[Math.floor(warm.length / 2)] ?? times[0], warmMs: warm };
}

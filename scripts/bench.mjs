// `npm run bench`: what the site costs a reader. Builds dist/ (validating the story first), then
// measures, deterministically, the gzipped bytes of every asset and of each page's first view, and
// what each part of the code weighs (React, Leaflet, the basemap, the story...). Prints a table and
// writes bench/results.json and bench/results.md. Timing measurements come in later steps; tests
// never assert times (the byte budgets are checked by a test in `npm test`).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createJiti } from 'jiti';
import { build } from 'vite';

const DIST = 'dist';
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1);

// 1. Validate, then build with a plugin that records which module ended up in which chunk.
const jiti = createJiti(import.meta.url);
const { runValidate } = await jiti.import('../src/data/validateCli.ts');
if (runValidate([process.env.STORY_DIR ?? 'geo']) !== 0) process.exit(1);
const modules = [];
await build({
  logLevel: 'warn',
  plugins: [
    {
      name: 'bench:modules',
      generateBundle(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          for (const [id, info] of Object.entries(chunk.modules)) modules.push({ chunk: chunk.fileName, id, code: info.code ?? '' });
        }
      },
    },
  ],
});

// 2. Every file in dist/.
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else {
      const buf = readFileSync(path);
      files.push({ file: relative(DIST, path), raw: buf.length, gzip: gz(buf), brotli: br(buf) });
    }
  }
};
walk(DIST);
const byFile = new Map(files.map((f) => [f.file, f]));

// 3. First view of each page: the HTML and what it loads before any interaction (module scripts,
// their static imports, stylesheets, the icon). Lazy images (loading="lazy", noscript) are not.
function firstView(page) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const wanted = new Set([page]);
  for (const m of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\.\/([^"]+)"/g)) {
    const tag = m[0];
    if (tag.startsWith('<link') && !/rel="(stylesheet|modulepreload|icon)"/.test(html.slice(m.index, html.indexOf('>', m.index)))) continue;
    wanted.add(m[1]);
  }
  // Static imports between chunks.
  for (const file of [...wanted]) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(/from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"/g)) wanted.add(join('assets', m[1] ?? m[2]));
  }
  const parts = [...wanted].map((f) => byFile.get(f)).filter(Boolean);
  return { page, files: parts.map((p) => p.file), raw: sum(parts, 'raw'), gzip: sum(parts, 'gzip'), brotli: sum(parts, 'brotli') };
}
const sum = (list, key) => list.reduce((n, x) => n + x[key], 0);
const views = ['index.html', 'embed.html'].map(firstView);

// 4. What the code is made of: each module's code as the bundler rendered it, before minification,
// grouped and gzipped alone. These are proportions, not the bytes sent: minification shrinks some
// parts (code) far more than others (the basemap's JSON).
const groupOf = (id) => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
  if (pkg) return pkg === 'scheduler' ? 'react-dom' : pkg;
  if (id.includes('/src/basemap/')) return 'basemap (bundled)';
  if (id.includes('virtual:story')) return 'story data';
  if (id.includes('/src/')) return 'app code (src/)';
  return 'other';
};
const groups = new Map();
for (const m of modules) {
  const g = groups.get(groupOf(m.id)) ?? { group: groupOf(m.id), modules: 0, raw: 0, codes: [] };
  g.modules++;
  g.raw += Buffer.byteLength(m.code);
  g.codes.push(m.code);
  groups.set(g.group, g);
}
const parts = [...groups.values()]
  .map((g) => ({ group: g.group, modules: g.modules, raw: g.raw, gzip: gz(Buffer.from(g.codes.join('\n'))) }))
  .sort((a, b) => b.gzip - a.gzip);

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  story: createHash('sha256').update(readFileSync('geo/places.geojson')).digest('hex').slice(0, 12),
  firstView: views,
  files: files.sort((a, b) => b.gzip - a.gzip),
  codeParts: parts,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const md = [
  '# Benchmark',
  '',
  `${results.date}, ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGB} GB, Node ${results.machine.node}.`,
  '',
  '## First view (bytes a reader downloads before any interaction)',
  '',
  '| page | requests | raw KB | gzip -9 KB | brotli KB |',
  '|---|---:|---:|---:|---:|',
  ...views.map((v) => `| ${v.page} | ${v.files.length} | ${kb(v.raw)} | ${kb(v.gzip)} | ${kb(v.brotli)} |`),
  '',
  '## What the code is made of (before minification, each part gzipped alone: proportions, not bytes sent)',
  '',
  '| part | modules | unminified KB | its gzip KB |',
  '|---|---:|---:|---:|',
  ...parts.map((p) => `| ${p.group} | ${p.modules} | ${kb(p.raw)} | ${kb(p.gzip)} |`),
  '',
  '## Files in dist/ (largest first)',
  '',
  '| file | raw KB | gzip -9 KB | brotli KB |',
  '|---|---:|---:|---:|',
  ...results.files.map((f) => `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`),
  '',
].join('\n');
writeFileSync('bench/results.md', md);
console.log(md);

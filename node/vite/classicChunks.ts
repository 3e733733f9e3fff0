// Code splitting with classic scripts, for the embed (classicEmbedPlugin.ts says why it may not use
// modules). No bundler writes chunks that a classic <script src> can load: Rolldown's formats are
// ES modules, CommonJS, IIFE and UMD, and only the first two split. So the embed is built as
// CommonJS chunks, and this turns each into a classic script:
// - every chunk but the entry files a factory, `function (require, module, exports) { … }`, under
//   its file name in one global object, and runs nothing;
// - the entry, last in the page, runs at once with a `require` that runs a filed factory once and
//   keeps its exports, as Node's does;
// - where a chunk loaded a chunk lazily (`Promise.resolve().then(() => require("./x.js"))`, what
//   Rolldown writes for import() in CommonJS) it asks `require.load("./x.js")`, which adds a
//   <script> for x.js and each chunk x.js needs that is not filed yet, and requires it when all
//   have run.
// The page lists the entry's chunks as deferred scripts before it (they run in order, and filing
// needs no order). About 0.4 KB of loader, in the entry.
import { basename } from 'node:path';
import type { OutputBundle } from 'rolldown';

/** The global object chunks file their factories in. */
export const CHUNKS_GLOBAL = '__storyMapChunks';

type Node = { type?: string; start: number; end: number; [key: string]: unknown };

/** A chunk's file name without its folder, as chunks name each other (all are in one folder). */
export const chunkKey = (specifier: string): string => basename(specifier);

/** `Promise.resolve().then(() => require("./x.js"))`: the lazy loads in a CommonJS chunk, as
 * [start, end, specifier], innermost last. */
export function lazyRequires(program: unknown): [number, number, string][] {
  const found: [number, number, string][] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    const specifier = n.type === 'CallExpression' ? lazyRequireOf(n) : null;
    if (specifier !== null) found.push([n.start, n.end, specifier]);
    for (const value of Object.values(n)) if (value && typeof value === 'object') visit(value);
  };
  visit(program);
  return found;
}

function lazyRequireOf(call: Node): string | null {
  const callee = call.callee as Node;
  const args = call.arguments as Node[];
  if (callee?.type !== 'MemberExpression' || (callee.property as Node & { name?: string })?.name !== 'then') return null;
  const object = callee.object as Node;
  const resolve = object?.type === 'CallExpression' ? (object.callee as Node) : null;
  if (resolve?.type !== 'MemberExpression' || (resolve.object as { name?: string }).name !== 'Promise') return null;
  if ((resolve.property as { name?: string }).name !== 'resolve' || (object.arguments as Node[]).length !== 0) return null;
  const fn = args?.[0];
  if (args?.length !== 1 || (fn?.type !== 'ArrowFunctionExpression' && fn?.type !== 'FunctionExpression')) return null;
  let body = fn.body as Node;
  if (body?.type === 'BlockStatement') {
    const statements = body.body as Node[];
    if (statements.length !== 1 || statements[0]!.type !== 'ReturnStatement') return null;
    body = statements[0]!.argument as Node;
  }
  if (body?.type !== 'CallExpression' || (body.callee as { name?: string }).name !== 'require') return null;
  const [specifier] = body.arguments as (Node & { value?: unknown })[];
  return specifier?.type === 'Literal' && typeof specifier.value === 'string' ? specifier.value : null;
}

/** `code` with each lazy load asked of `require.load`. */
export function withLazyLoads(code: string, program: unknown): string {
  let out = code;
  for (const [start, end, specifier] of lazyRequires(program).sort((a, b) => b[0] - a[0]))
    out = `${out.slice(0, start)}require.load(${JSON.stringify(specifier)})${out.slice(end)}`;
  return out;
}

/** A chunk that is not the entry: files its factory and runs nothing. */
export function filedChunk(fileName: string, code: string): string {
  return `(self.${CHUNKS_GLOBAL}=self.${CHUNKS_GLOBAL}||{})[${JSON.stringify(chunkKey(fileName))}]=function(require,module,exports){${code}\n};\n`;
}

/** The entry: the loader, then the entry's own code, run at once (the chunks that import from it
 * get its exports). `needs` lists, for each chunk
 * loaded lazily, the chunks it needs (itself last). */
export function entryChunk(fileName: string, code: string, needs: Record<string, readonly string[]>): string {
  // Written out by hand and kept small: it is in every embed's first view.
  const loader = `var G=self.${CHUNKS_GLOBAL}=self.${CHUNKS_GLOBAL}||{},done={},base=document.currentScript.src,needs=${JSON.stringify(needs)},loading={};
function key(s){return s.slice(s.lastIndexOf("/")+1)}
function req(s){var k=key(s),m=done[k];if(m)return m.exports;var f=G[k];if(!f)throw new Error("The map's code "+k+" did not load.");m=done[k]={exports:{}};f(req,m,m.exports);return m.exports}
function one(k){return loading[k]||(loading[k]=new Promise(function(ok,no){var s=document.createElement("script");s.src=new URL(k,base).href;s.onload=function(){s.remove();ok()};s.onerror=function(){s.remove();delete loading[k];no(new Error("The map's code could not be loaded from "+s.src+"."))};document.head.append(s)}))}
req.load=function(s){var k=key(s);return Promise.all((needs[k]||[k]).filter(function(n){return!G[n]&&!done[n]}).map(one)).then(function(){return req(k)})};`;
  // The entry's own module is filed as running, for the chunks that import from it.
  return `(function(){${loader}\nvar m=done[${JSON.stringify(chunkKey(fileName))}]={exports:{}};(function(require,module,exports){${code}\n})(req,m,m.exports)})();\n`;
}

/** Each chunk in `imports` (a chunk's static imports by file name) with every chunk it needs,
 * itself last. */
/** Each chunk's static imports, by file name, from a bundle. */
export function chunkImports(bundle: OutputBundle): Record<string, readonly string[]> {
  return Object.fromEntries(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file.imports]] : [])));
}

export function chunkNeeds(imports: Record<string, readonly string[]>, wanted: Iterable<string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const chunk of wanted) {
    const seen = new Set<string>();
    const visit = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const dep of imports[name] ?? []) visit(dep);
    };
    visit(chunk);
    seen.delete(chunk);
    out[chunkKey(chunk)] = [...[...seen].map(chunkKey), chunkKey(chunk)];
  }
  return out;
}

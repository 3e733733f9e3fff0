import { runInNewContext } from 'node:vm';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import { CHUNKS_GLOBAL, chunkNeeds, entryChunk, filedChunk, lazyRequires, withLazyLoads } from './classicChunks.ts';

// Three CommonJS chunks as Rolldown writes them: the entry needs `shared` at once and `later` lazily;
// `later` needs `shared` and imports from the entry.
const sources: Record<string, string> = {
  'assets/embed/shared-1.js': 'exports.greet = (name) => "hello " + name;',
  'assets/embed/later-2.js': 'const s = require("./shared-1.js"), e = require("./main-3.js"); exports.run = () => s.greet(e.name);',
  'assets/embed/main-3.js':
    'const s = require("./shared-1.js"); exports.name = "reader"; globalThis.log.push(s.greet("first")); ' +
    'globalThis.later = Promise.resolve().then(() => require("./later-2.js")).then((m) => m.run());',
};
const imports = {
  'assets/embed/shared-1.js': [],
  'assets/embed/later-2.js': ['assets/embed/shared-1.js', 'assets/embed/main-3.js'],
  'assets/embed/main-3.js': ['assets/embed/shared-1.js'],
};

/** The classic scripts the build writes from `sources`. */
function built(): Record<string, string> {
  const needs = chunkNeeds(imports, ['assets/embed/later-2.js']);
  return Object.fromEntries(
    Object.entries(sources).map(([file, code]) => {
      const lazy = withLazyLoads(code, parseAst(code));
      return [file, file.includes('main') ? entryChunk(file, lazy, needs) : filedChunk(file, lazy)];
    }),
  );
}

/** Runs the page's scripts in order in a bare global with just enough of a document: a script tag
 * appended to the head runs its file (or fails, for a file in `missing`). */
function page(files: Record<string, string>, order: string[], missing: string[] = []) {
  const added: string[] = [];
  const context: Record<string, unknown> = { log: [] as string[], URL, Promise, Error, JSON };
  context.self = context;
  context.globalThis = context;
  const run = (file: string) => runInNewContext(files[file]!, context);
  context.document = {
    currentScript: null as null | { src: string },
    createElement: () => ({ src: '', onload: () => {}, onerror: () => {}, remove() {} }),
    head: {
      append(script: { src: string; onload: () => void; onerror: () => void }) {
        const file = new URL(script.src).pathname.slice(1);
        added.push(file);
        setTimeout(() => {
          if (missing.includes(file)) script.onerror();
          else {
            run(file);
            script.onload();
          }
        });
      },
    },
  };
  for (const file of order) {
    (context.document as { currentScript: { src: string } }).currentScript = { src: `https://news.example/${file}` };
    run(file);
  }
  return { context, added };
}

describe('code splitting with classic scripts', () => {
  it('finds the lazy loads Rolldown writes for import() in CommonJS, and no other require()', () => {
    const code =
      'const a = require("./a.js"); f(Promise.resolve().then(() => require("./b.js")), Promise.resolve().then(function () { return require("./c.js"); }));';
    expect(lazyRequires(parseAst(code)).map(([, , specifier]) => specifier)).toEqual(['./b.js', './c.js']);
  });

  it('runs the entry with its chunks, then loads a lazy chunk and only the chunks it lacks', async () => {
    const { context, added } = page(built(), ['assets/embed/shared-1.js', 'assets/embed/main-3.js']);
    expect(context.log).toEqual(['hello first']);
    await expect(context.later).resolves.toBe('hello reader');
    // shared-1.js and the entry had run: only the lazy chunk was fetched, from the entry's folder.
    expect(added).toEqual(['assets/embed/later-2.js']);
    expect(Object.keys(context[CHUNKS_GLOBAL] as object).sort()).toEqual(['later-2.js', 'shared-1.js']);
  });

  it('says which file did not load', async () => {
    const { context } = page(built(), ['assets/embed/shared-1.js', 'assets/embed/main-3.js'], ['assets/embed/later-2.js']);
    await expect(context.later).rejects.toThrow("The map's code could not be loaded from https://news.example/assets/embed/later-2.js.");
  });

  it('a chunk files its code and runs none of it', () => {
    const context: Record<string, unknown> = { log: [] };
    context.self = context;
    runInNewContext(filedChunk('assets/embed/x.js', 'log.push("ran")'), context);
    expect(context.log).toEqual([]);
    expect(typeof (context[CHUNKS_GLOBAL] as Record<string, unknown>)['x.js']).toBe('function');
  });

  it('lists, for a lazy chunk, every chunk it needs, itself last', () => {
    expect(chunkNeeds(imports, ['assets/embed/later-2.js'])).toEqual({ 'later-2.js': ['shared-1.js', 'main-3.js', 'later-2.js'] });
  });
});

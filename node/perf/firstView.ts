// What a page of a built site downloads before the reader does anything: the HTML, the scripts and
// stylesheets its tags load, the chunks those scripts import statically, and the icon. Chunks
// loaded by import() (the detailed basemap, the embed code form...) are not in it, and neither are
// the no-script pictures. Read from the files, so the answer is the same on every machine.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizedFile {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface FirstView {
  readonly page: string;
  readonly files: readonly SizedFile[];
  readonly raw: number;
  readonly gzip: number;
}

/** gzip -9, the size a server or CDN compressing at its best sends. */
export const gzipSize = (buf: Buffer | string): number => gzipSync(buf, { level: 9 }).length;

/** Every file in the built site, with its raw and gzipped size. */
export function sizeAll(dist: string): SizedFile[] {
  const out: SizedFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const buf = readFileSync(path);
        out.push({ file: relative(dist, path), raw: buf.length, gzip: gzipSize(buf) });
      }
    }
  };
  walk(dist);
  return out;
}

/** The first view of `page` (e.g. "index.html") in the built site `dist`. */
export function firstView(dist: string, page: string): FirstView {
  const html = readFileSync(join(dist, page), 'utf8');
  // Markup inside <noscript> is only for readers without JavaScript.
  const live = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  const wanted = new Set([page]);
  for (const tag of live.matchAll(/<(script|link)\b[^>]*>/g)) {
    const src = /\s(?:src|href)="\.\/([^"]+)"/.exec(tag[0])?.[1];
    if (!src) continue;
    if (tag[1] === 'link' && !/\srel="(?:stylesheet|modulepreload|icon|preload)"/.test(tag[0])) continue;
    wanted.add(src);
    // The boot script's (src/boot/): the code it loads once the page has painted.
    for (const files of tag[0].matchAll(/\sdata-(?:module|preload|scripts)="([^"]*)"/g))
      for (const file of files[1]!.split(' ')) wanted.add(file.replace(/^\.\//, ''));
  }
  // Static imports between chunks, followed to the end.
  const queue = [...wanted].filter((f) => f.endsWith('.js'));
  while (queue.length > 0) {
    const file = queue.pop()!;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) {
      const dep = join('assets', m[1]!);
      if (wanted.has(dep)) continue;
      wanted.add(dep);
      queue.push(dep);
    }
  }
  const files = [...wanted].map((file) => {
    const buf = readFileSync(join(dist, file));
    return { file, raw: buf.length, gzip: gzipSize(buf) };
  });
  return { page, files, raw: files.reduce((n, f) => n + f.raw, 0), gzip: files.reduce((n, f) => n + f.gzip, 0) };
}

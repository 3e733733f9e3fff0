// The live map's look, read from its stylesheet (src/styles/app.css), so that the build's pictures
// of the map use the very colours and symbol shapes readers see: the custom properties declared as
// light-dark(light, dark), and the polygons of the symbols' clip-paths.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SymbolName } from '../../shared/story/types.ts';

export type Theme = 'light' | 'dark';
/** The stylesheet's colours the pictures use. */
const COLOURS = [
  'bg',
  'surface',
  'text',
  'muted',
  'rule',
  'sea',
  'land',
  'river',
  'region',
  'border',
  'focus-country',
  'label-bg',
  'base-label',
  'water-label',
  'strike',
  'base',
  'city',
  'earlier',
  'halo',
  'leader',
  'mark',
  'mark-active',
  'mark-line',
] as const;
export type Palette = Readonly<Record<(typeof COLOURS)[number], string>> & Readonly<Record<string, string | undefined>>;

const CSS = resolve(import.meta.dirname, '../../src/styles/app.css');

let css: string | null = null;
const stylesheet = (): string => (css ??= readFileSync(CSS, 'utf8'));

/** The colours of `theme`: `--land`, `--sea`… as the `:root` rule declares them. */
export function palette(theme: Theme): Palette {
  const out: Record<string, string> = {};
  const text = stylesheet();
  for (const match of text.matchAll(/--([\w-]+):\s*light-dark\(/g)) {
    // The two values, split at the comma outside any parentheses: rgba(…) has commas of its own.
    let depth = 0;
    let split = -1;
    let end = match.index + match[0].length;
    for (; end < text.length; end++) {
      const c = text[end];
      if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) break;
      else if (c === ',' && depth === 0) split = end;
    }
    const start = match.index + match[0].length;
    out[match[1]!] = (theme === 'light' ? text.slice(start, split) : text.slice(split + 1, end)).trim();
  }
  const missing = COLOURS.filter((name) => !out[name]);
  if (missing.length > 0) throw new Error(`app.css declares no light-dark() colour for ${missing.map((m) => `--${m}`).join(', ')}`);
  return out as Palette;
}

/** A symbol's outline in a unit square (0..1), or a circle or square with their inset in px of 18. */
export type Shape =
  | { readonly type: 'polygon'; readonly points: readonly (readonly [number, number])[] }
  | { readonly type: 'circle' }
  | { readonly type: 'square' };

/** The shapes of the project's symbols, from the stylesheet's clip-paths (the circle and square are boxes). */
export function symbolShape(symbol: SymbolName): Shape {
  const rule = new RegExp(`\\.sym--${symbol}::before\\s*\\{([^}]*)\\}`).exec(stylesheet())?.[1];
  if (!rule) throw new Error(`app.css has no .sym--${symbol}::before rule`);
  const polygon = /clip-path:\s*polygon\(([^)]*)\)/.exec(rule)?.[1];
  if (polygon) {
    const points = polygon.split(',').map((pair) => {
      const [x, y] = pair
        .trim()
        .split(/\s+/)
        .map((v) => Number.parseFloat(v) / 100);
      return [x ?? 0, y ?? 0] as const;
    });
    return { type: 'polygon', points };
  }
  return /border-radius:\s*50%/.test(rule) ? { type: 'circle' } : { type: 'square' };
}

/** The colour variable that draws a symbol: `.sym--triangle { color: var(--base) }`, else `--strike`. */
export function symbolColour(symbol: SymbolName, colours: Palette): string {
  const variable = new RegExp(`\\.sym--${symbol}\\s*\\{[^}]*color:\\s*var\\(--([\\w-]+)\\)`).exec(stylesheet())?.[1] ?? 'strike';
  return colours[variable] ?? '#000';
}

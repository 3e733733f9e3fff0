// The typeface of the build's pictures: DejaVu Sans, from the npm package dejavu-fonts-ttf, so that a
// picture looks the same on every machine that builds it (no system fonts are read). opentype.js
// measures text for line breaks and for the label layout; resvg draws it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The part of opentype.js (2.x ships no types, and its package points Node at CommonJS) used here. */
interface Font {
  readonly unitsPerEm: number;
  charToGlyph(char: string): { readonly advanceWidth?: number };
}
const { parse } = require('opentype.js') as { parse(buffer: ArrayBuffer): Font };

export const FAMILY = 'DejaVu Sans';
const FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
  boldItalic: 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf',
} as const;
export type FontStyle = keyof typeof FILES;

/** The font files, for resvg. */
export const fontFiles = (): string[] => Object.values(FILES).map((f) => require.resolve(f));

const fonts = new Map<FontStyle, Font>();

/** The width of `text` in px at `size`, with `spacing` em between letters (as CSS letter-spacing). */
export function textWidth(text: string, size: number, style: FontStyle = 'regular', spacing = 0): number {
  let font = fonts.get(style);
  if (!font) {
    const bytes = readFileSync(require.resolve(FILES[style]));
    font = parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    fonts.set(style, font);
  }
  let units = 0;
  // Glyph by glyph: opentype.js's shaping rejects one of DejaVu's substitution tables.
  for (const char of text) units += font.charToGlyph(char).advanceWidth ?? font.unitsPerEm / 2;
  const chars = [...text].length;
  return (units * size) / font.unitsPerEm + spacing * size * chars;
}

/** Breaks `text` into lines of at most `width` px. */
export function wrap(text: string, width: number, size: number, style: FontStyle = 'regular'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, style) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

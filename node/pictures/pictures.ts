// The story's pictures, made by the build without a browser: the fallback map (wide and narrow, light
// and dark) for print, and the 1200 × 630 social card, which is also the oEmbed
// thumbnail; and, for a story with few enough places, each located place's card, the thumbnail of
// its oEmbed answer and its page. staticMap.ts draws each as SVG; resvg (a Rust SVG renderer, prebuilt in its npm
// package) rasterises it with the bundled DejaVu fonts, so every machine makes the same pixels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { isLocated, type Story } from '../../shared/story/types.ts';
import { FAMILY, fontFiles } from './fonts.ts';
import { type CutBasemap, fallbackPicture, type Picture, socialCard } from './staticMap.ts';

export interface PictureFile {
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly layout: 'wide' | 'narrow' | 'card';
  readonly theme: 'light' | 'dark';
  /** A place's card: the place's id. */
  readonly place?: string;
}

/** Where the pictures go in dist/. */
export const PICTURE_DIR = 'fallback';

/** The cut basemap's files (basemapPlugin.ts), as the pictures read them. */
export function readCutBasemap(dir: string): CutBasemap {
  const json = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  return {
    meta: json('meta.json'),
    overview: json('overview.topo.json'),
    detail: json('detail.topo.json'),
    context: json('context.topo.json'),
    labels: json('labels.json'),
    locator: json('locator.json'),
  };
}

/** What each picture is, and its SVG: cheap, so both builds know the pictures' names and sizes. */
export function storyPictures(story: Story, basemap: CutBasemap): (PictureFile & { readonly picture: Picture })[] {
  const out: (PictureFile & { readonly picture: Picture })[] = [];
  for (const layout of ['wide', 'narrow'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      const picture = fallbackPicture(story, basemap, layout, theme);
      out.push({ file: `${PICTURE_DIR}/map-${layout}-${theme}.png`, width: picture.width, height: picture.height, layout, theme, picture });
    }
  }
  const card = socialCard(story, basemap);
  out.push({ file: `${PICTURE_DIR}/card.png`, width: card.width, height: card.height, layout: 'card', theme: 'light', picture: card });
  return out;
}

/** Where a picture's SVG goes, beside its PNG. */
export const svgFileOf = (png: string): string => png.replace(/\.png$/, '.svg');

/** Above this many places on the map, each place's page and answer show the map's card: a card
 * takes about 0.3 s to draw and rasterise on a 2-core machine (24 of them, about 7 s of build). */
export const PLACE_CARDS_UP_TO = 24;

/** Each located place's card, the map with the place marked; none past PLACE_CARDS_UP_TO. Drawn only
 * by the build that writes the files: no page needs their sizes. */
export function placeCards(story: Story, basemap: CutBasemap): (PictureFile & { readonly picture: Picture })[] {
  const located = story.places.filter(isLocated);
  if (located.length > PLACE_CARDS_UP_TO) return [];
  return located.map((place) => {
    const card = socialCard(story, basemap, 'light', place);
    return {
      file: `${PICTURE_DIR}/card-${place.id}.png`,
      width: card.width,
      height: card.height,
      layout: 'card',
      theme: 'light',
      place: place.id,
      picture: card,
    };
  });
}

/** The picture as PNG bytes. */
export function rasterise(picture: Picture): Buffer {
  const resvg = new Resvg(picture.svg, {
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FAMILY },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}

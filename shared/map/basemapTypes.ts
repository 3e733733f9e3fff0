// What the build hands the map about its basemap (node/basemap/): the zoom range and boxes worked
// out from the story's bounds, and the names drawn on it. The tiers themselves are TopoJSON.

/** Boxes are [west, south, east, north], degrees. */
export type BasemapBox = readonly [number, number, number, number];

export interface BasemapMeta {
  readonly minZoom: number;
  readonly maxZoom: number;
  /** From this zoom the full-detail tier replaces the overview. */
  readonly detailMinZoom: number;
  /** What the overview and the detail cover. */
  readonly detailBox: BasemapBox;
  /** What the context covers around the detail box; the map pans no further. */
  readonly contextBox: BasemapBox;
}

/** A name on the basemap: a populated place (with a dot), a country, a region, a river, a lake or a sea. */
export interface BasemapLabel {
  readonly id: string;
  readonly kind: 'city' | 'country' | 'region' | 'river' | 'lake' | 'sea';
  readonly text: string;
  readonly lat: number;
  readonly lon: number;
  readonly minZoom: number;
  /** A city's importance, 1 (largest type) to 3. */
  readonly rank?: 1 | 2 | 3;
  /** A country's name size, px: the largest that fits inside its land soonest (node/basemap/labels.ts).
   * Without it, a name takes the size of a city's. */
  readonly size?: CountryLabelSize;
  /** A country the story's places lie in: named from the widest zoom, before its neighbours. */
  readonly own?: true;
}

/** The sizes a country's name may take, px. */
export type CountryLabelSize = 9 | 11 | 13;

/** The locator inset's drawing at one size (node/basemap/locator.ts): a square frame of `side`
 * pixels at Web Mercator `zoom`, its top left at world pixel (`left`, `top`), and the lands around
 * the story, their borders and the story's country as SVG path data in its pixels. */
export interface LocatorFrame {
  readonly side: number;
  readonly zoom: number;
  readonly left: number;
  readonly top: number;
  readonly land: string;
  readonly borders: string;
  readonly focus: string;
}

/** The locator's sizes, pixels: a phone's map, and a wider one (node/basemap/locator.ts draws each). */
export const LOCATOR_SIDES = [72, 112] as const;

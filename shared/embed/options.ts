// The embed's URL options (`embed.html?place=…&event=…&theme=…&panel=…`), read once on load. Anything
// unknown or malformed is dropped with a warning, never a crash: a CMS may add its own parameters,
// and pym.js adds `initialWidth`, `childId`, `parentTitle` and `parentUrl`.

export type Theme = 'light' | 'dark' | 'auto';
export type Panel = 'article' | 'places' | 'none';
/** How the embed's links to the story page open: a new tab (needs `allow-popups` in a sandbox),
 * the whole page (`allow-top-navigation-by-user-activation`), or an address shown to copy. */
export type Links = 'tab' | 'top' | 'copy';

export interface EmbedOptions {
  /** The place to open on load. */
  readonly place: string | null;
  /** The timeline step to open on load (with `place`, that place of it). */
  readonly event: string | null;
  readonly theme: Theme;
  /** Which panel is open on load; `none` leaves the map alone, with no panel at all. `null`: both
   * panels offered, closed. */
  readonly panel: Panel | null;
  /** `static=1`: the picture for the fallback images (legend open, no controls). */
  readonly static: boolean;
  /** pym.js's id for this frame, to address its height messages. */
  readonly pymChildId: string | null;
  /** `links=`: the host says how links may open in its sandbox; null: the embed decides (linkWay). */
  readonly links: Links | null;
}

export interface ParsedOptions {
  readonly options: EmbedOptions;
  readonly warnings: readonly string[];
}

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const PANELS: readonly Panel[] = ['article', 'places', 'none'];
const LINKS: readonly Links[] = ['tab', 'top', 'copy'];
/** Parameters others put there; they are not ours to warn about. */
const FOREIGN = new Set(['initialWidth', 'childId', 'parentTitle', 'parentUrl', 'utm_source', 'utm_medium', 'utm_campaign']);

/** Reads the options from a query string; `placeIds` and `eventIds` are the story's ids. */
export function parseEmbedOptions(search: string, placeIds: ReadonlySet<string>, eventIds: ReadonlySet<string> = new Set()): ParsedOptions {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const one = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length > 1) warnings.push(`"${name}" is given ${all.length} times; using the first`);
    return all[0] ?? null;
  };
  const choice = <T extends string>(name: string, allowed: readonly T[]): T | null => {
    const value = one(name);
    if (value === null) return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    warnings.push(`${name}=${JSON.stringify(value)} is not one of ${allowed.join(', ')}; ignored`);
    return null;
  };

  let place = one('place');
  if (place !== null && !placeIds.has(place)) {
    warnings.push(`place=${JSON.stringify(place)} is not a place in this story; ignored`);
    place = null;
  }
  let event = one('event');
  if (event !== null && !eventIds.has(event)) {
    warnings.push(`event=${JSON.stringify(event)} is not an event of this story's timeline; ignored`);
    event = null;
  }
  const theme = choice('theme', THEMES) ?? 'auto';
  const panel = choice('panel', PANELS);
  const links = choice('links', LINKS);
  const staticValue = one('static');
  if (staticValue !== null && staticValue !== '1') warnings.push(`static=${JSON.stringify(staticValue)} is not 1; ignored`);
  if (params.has('lang')) warnings.push('lang is reserved for a later version; ignored');
  const childId = params.get('childId');
  const pymChildId = childId !== null && /^[\w-]{1,100}$/.test(childId) ? childId : null;
  if (childId !== null && pymChildId === null) warnings.push(`childId=${JSON.stringify(childId)} is not a pym.js id; ignored`);
  for (const name of new Set(params.keys())) {
    if (!['place', 'event', 'theme', 'panel', 'static', 'lang', 'links'].includes(name) && !FOREIGN.has(name))
      warnings.push(`unknown option "${name}"; ignored`);
  }
  return { options: { place, event, theme, panel, static: staticValue === '1', pymChildId, links }, warnings };
}

/** How a link to the story page opens here. In a frame sandboxed without allow-same-origin (its
 * origin is 'null') a new tab or a top-level navigation is refused, with a console error, unless the
 * host granted it, and the frame cannot read which flags it has: so there it shows the address to
 * copy, unless the host said (`links=`) or WordPress is listening (it follows a `link` message). */
export type LinkWay = Links | 'wordpress';
export function linkWay(links: Links | null, wordPressSecret: string | null, opaqueOrigin: boolean): LinkWay {
  if (links !== null) return links;
  if (wordPressSecret !== null) return 'wordpress';
  return opaqueOrigin ? 'copy' : 'tab';
}

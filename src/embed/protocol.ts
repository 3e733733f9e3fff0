// The messages between the embed and the page that hosts it, in one place: what the embed sends
// (its height, in three dialects, and the selected place) and what it accepts (select, clear).
// Everything arriving is untrusted: shapes are checked and anything else is ignored.

export const NAMESPACE = 'story-map';
export const VERSION = 1;

/** Heights outside this range are not a layout we produce; a receiver ignores them. */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 20_000;

export type OutMessage =
  | { readonly namespace: typeof NAMESPACE; readonly version: typeof VERSION; readonly type: 'height'; readonly height: number }
  | { readonly namespace: typeof NAMESPACE; readonly version: typeof VERSION; readonly type: 'place'; readonly place: string | null }
  | { readonly namespace: typeof NAMESPACE; readonly version: typeof VERSION; readonly type: 'step'; readonly event: string | null };

export type HostCommand = { readonly type: 'select'; readonly place: string } | { readonly type: 'step'; readonly event: string } | { readonly type: 'clear' };

/** Our own height message. */
export function heightMessage(height: number): OutMessage {
  return { namespace: NAMESPACE, version: VERSION, type: 'height', height };
}

/** The selection changed (null: nothing selected). */
export function placeMessage(place: string | null): OutMessage {
  return { namespace: NAMESPACE, version: VERSION, type: 'place', place };
}

/** The timeline's step changed (null: no step). */
export function stepMessage(event: string | null): OutMessage {
  return { namespace: NAMESPACE, version: VERSION, type: 'step', event };
}

/** AMP's `embed-size` request (amp-iframe with `resizable`). */
export function ampHeightMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** pym.js's height message: `pymxPYMx<id>xPYMxheightxPYMx<px>`. */
export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join('xPYMx');
}

/** The width pym.js's Parent sends on resize, or null if `data` is not one for `childId`. */
export function pymWidth(data: unknown, childId: string): number | null {
  if (typeof data !== 'string') return null;
  const parts = data.split('xPYMx');
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || parts[2] !== 'width') return null;
  const width = Number(parts[3]);
  return Number.isFinite(width) && width > 0 ? width : null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A host's command, or null when `data` is not exactly one of ours. `placeIds` and `eventIds`
 * are the valid ids. */
export function parseHostCommand(data: unknown, placeIds: ReadonlySet<string>, eventIds: ReadonlySet<string> = new Set()): HostCommand | null {
  if (!isRecord(data) || data.namespace !== NAMESPACE || data.version !== VERSION) return null;
  const keys = Object.keys(data).sort().join(',');
  if (data.type === 'clear' && keys === 'namespace,type,version') return { type: 'clear' };
  if (data.type === 'select' && keys === 'namespace,place,type,version' && typeof data.place === 'string' && placeIds.has(data.place)) {
    return { type: 'select', place: data.place };
  }
  if (data.type === 'step' && keys === 'event,namespace,type,version' && typeof data.event === 'string' && eventIds.has(data.event)) {
    return { type: 'step', event: data.event };
  }
  return null;
}

/** The height in our own message, or null when `data` is not one (or the number is not sane). */
export function heightFromMessage(data: unknown): number | null {
  if (!isRecord(data) || data.namespace !== NAMESPACE || data.type !== 'height') return null;
  const { height } = data;
  return typeof height === 'number' && Number.isFinite(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT ? Math.ceil(height) : null;
}

// WordPress (wp-includes/js/wp-embed.js). WordPress embeds an oEmbed answer's iframe with
// `#?secret=<10 letters and digits>` on its URL, and listens for messages carrying that secret:
// `height` (it sets the iframe's height, clamped to 200–1000 px) and `link` (it sends the whole
// page there, if the URL is on the iframe's host and the iframe has focus). It posts `ready` to the
// frame once its listener is in place.

/** WordPress's secret for this frame, from the URL's hash, or null. Read it once at start: the
 * hash later follows the selected place. */
export function wordPressSecret(hash: string): string | null {
  return /^#\?secret=([A-Za-z0-9]{1,64})$/.exec(hash)?.[1] ?? null;
}

export function wordPressHeightMessage(secret: string, height: number): { message: 'height'; value: number; secret: string } {
  return { message: 'height', value: height, secret };
}

export function wordPressLinkMessage(secret: string, url: string): { message: 'link'; value: string; secret: string } {
  return { message: 'link', value: url, secret };
}

/** Whether `data` is WordPress's `ready` for this frame. */
export function isWordPressReady(data: unknown, secret: string): boolean {
  return isRecord(data) && data.message === 'ready' && data.secret === secret;
}

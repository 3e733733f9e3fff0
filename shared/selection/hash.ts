// The URL contract for selection: `#place=<id>` selects a place; `#event=<id>` selects a step of the
// timeline (and its first place), `#event=<id>&place=<id>` another of its places. On load and while
// reading. Other fragments (`#p-…`, a paragraph) are left alone.

const PLACE = '#place=';
const EVENT = '#event=';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a hash asks for: a place, a step (with a place of it, or null for its first), or null. */
export type HashSelection = { readonly place: string; readonly step: null } | { readonly place: string | null; readonly step: string };

function idOf(text: string): string | null {
  let id: string;
  try {
    id = decodeURIComponent(text);
  } catch {
    return null;
  }
  return ID.test(id) ? id : null;
}

/** The selection in a location hash, or null when the hash is not one of ours. */
export function selectionFromHash(hash: string): HashSelection | null {
  if (hash.startsWith(PLACE)) {
    const place = idOf(hash.slice(PLACE.length));
    return place === null ? null : { place, step: null };
  }
  if (!hash.startsWith(EVENT)) return null;
  const [eventText = '', ...rest] = hash.slice(EVENT.length).split('&');
  const step = idOf(eventText);
  if (step === null || rest.length > 1) return null;
  if (rest.length === 0) return { place: null, step };
  if (!rest[0]!.startsWith('place=')) return null;
  const place = idOf(rest[0]!.slice('place='.length));
  return place === null ? null : { place, step };
}

/** The place id in a `#place=` hash, or null when the hash is not one. */
export function placeFromHash(hash: string): string | null {
  const selection = selectionFromHash(hash);
  return selection?.step === null ? selection.place : null;
}

/** The hash for a selection (what selectionFromHash reads back); '' clears it. `lead` is the step's
 * first place, which its hash leaves out, as it does a null place. */
export function hashFor(selection: HashSelection | null, lead: string | null = null): string {
  if (selection === null) return '';
  if (selection.step === null) return `${PLACE}${selection.place}`;
  return `${EVENT}${selection.step}${selection.place === null || selection.place === lead ? '' : `&place=${selection.place}`}`;
}

/** The hash for a place alone; '' clears it. */
export function hashForPlace(id: string | null): string {
  return id === null ? '' : hashFor({ place: id, step: null });
}

// The URL contract for selection: `#place=<id>` selects a place, on load and while reading.
// Other fragments (`#p-…`, a paragraph) are left alone.

const PREFIX = '#place=';

/** The place id in a location hash, or null when the hash is not a `#place=` hash. */
export function placeFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    return null;
  }
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : null;
}

/** The hash for a selection; '' clears it. */
export function hashForPlace(id: string | null): string {
  return id === null ? '' : `${PREFIX}${id}`;
}

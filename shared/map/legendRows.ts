// What the map key says, row by row, worked out from the story: the live key (Legend.tsx) and the
// build's pictures of the map (node/pictures/) draw the same rows, so both say the same thing.
import { tallyLine, tallySummary } from '../story/passages.ts';
import type { Story } from '../story/types.ts';
import { type SymbolTraits, traitsOf } from './symbolClass.ts';

/** What stands before a row's words: a place symbol, the approximate halo, an area's swatch, or nothing. */
export type LegendMark =
  | { readonly type: 'symbol'; readonly traits: SymbolTraits }
  | { readonly type: 'halo'; readonly derived: boolean }
  | { readonly type: 'area' }
  | { readonly type: 'group' }
  | { readonly type: 'none' };

export interface LegendRow {
  readonly key: string;
  readonly mark: LegendMark;
  readonly text: string;
  /** How the row is set apart: the named-area row, and the unlocated note (muted, in italics). */
  readonly role: 'kind' | 'halo' | 'area' | 'group' | 'named' | 'faded' | 'unlocated';
}

export interface LegendContent {
  /** The tally, "5 streets flooded; 2 located", or null when the story counts nothing. */
  readonly summary: string | null;
  readonly rows: readonly LegendRow[];
}

/** How the map shows places too close to tell apart, if it ever groups them: the live map zooms in
 * on a group; a picture shows its groups apart in insets. */
export type GroupsShown = 'zoom' | 'insets' | null;

/** The key of the story's map: only what the map shows, each example symbol drawn from a place that has it. */
export function legendRows(story: Story, groups: GroupsShown = null): LegendContent {
  const { places, meta } = story;
  const located = places.filter((p) => p.position !== null);
  // The story's kinds in the story's order, each only if the map shows a place of it.
  const kinds = meta.kinds.filter((k) => located.some((p) => p.kind === k.id && p.strike?.role !== 'reported-area'));
  const summary = tallySummary(places, meta.kinds);
  const named = located.find((p) => p.precision.kind === 'named-area');
  const faded = located.find((p) => p.strike?.role === 'reported-area' || p.confidence.level === 'low');
  const rows: LegendRow[] = kinds.map((kind) => ({
    key: kind.id,
    role: 'kind',
    mark: { type: 'symbol', traits: { symbol: kind.symbol, precision: 'exact', confidence: 'high', reported: false } },
    text: kind.label,
  }));
  const halos = located.filter((p) => p.precision.kind === 'approximate' && p.area === null);
  if (halos.some((p) => p.precision.radiusFrom !== 'derived')) {
    rows.push({ key: 'halo', role: 'halo', mark: { type: 'halo', derived: false }, text: 'Approximate: somewhere in the dashed halo' });
  }
  if (halos.some((p) => p.precision.radiusFrom === 'derived')) {
    rows.push({
      key: 'halo-derived',
      role: 'halo',
      mark: { type: 'halo', derived: true },
      text: 'Approximate: the dotted halo is our estimate of the area’s size, not a bound',
    });
  }
  if (located.some((p) => p.area !== null)) {
    rows.push({ key: 'area', role: 'area', mark: { type: 'area' }, text: 'Area: somewhere in the shaded shape (dashed when its edge is approximate)' });
  }
  if (groups) {
    rows.push({
      key: 'group',
      role: 'group',
      mark: { type: 'group' },
      text:
        groups === 'zoom'
          ? 'Numbered circle: places too close to tell apart at this zoom; select it to zoom in'
          : 'Numbered circle: places too close to tell apart at this scale, shown apart in an inset',
    });
  }
  if (named) {
    rows.push({
      key: 'named',
      role: 'named',
      mark: { type: 'symbol', traits: { ...traitsOf(named), confidence: 'high', reported: false } },
      text: 'Named area, position unknown: the symbol stands at its centre and bounds nothing',
    });
  }
  if (faded) {
    const relayed = summary.reportedAreas > 0 ? 'named only in a relayed statement, or ' : '';
    rows.push({
      key: 'faded',
      role: 'faded',
      mark: { type: 'symbol', traits: traitsOf(faded) },
      text: `Faded, in italics: ${relayed}low confidence in what happened there`,
    });
  }
  if (places.some((p) => p.position === null)) {
    rows.push({ key: 'unlocated', role: 'unlocated', mark: { type: 'none' }, text: 'Not located: listed under “Places in this story”' });
  }
  return { summary: tallyLine(meta, summary), rows };
}

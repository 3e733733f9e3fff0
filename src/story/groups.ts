// How the places list groups the story's places. Every place lands in exactly one group, whatever
// its kind and role: a place missing from the list would be a place silently dropped.
import { strikeSummary } from './passages.ts';
import type { Place, PlaceKind, Story } from './types.ts';

export interface PlaceGroup {
  readonly key: string;
  readonly title: string;
  readonly intro: string | null;
  readonly places: readonly Place[];
}

const KIND_GROUPS: readonly { kind: PlaceKind; key: string; title: string }[] = [
  { kind: 'strike-site', key: 'strike-site', title: 'Strike sites' },
  { kind: 'attacked-base', key: 'attacked-base', title: 'Bases attacked' },
  { kind: 'city', key: 'city', title: 'Cities' },
  { kind: 'airport', key: 'airport', title: 'Airports' },
  { kind: 'earlier-event', key: 'earlier-event', title: 'Earlier events' },
];

/** The non-empty groups, in reading order. */
export function placeGroups(story: Story): PlaceGroup[] {
  const summary = strikeSummary(story.places);
  const by = (test: (p: Place) => boolean) => story.places.filter(test);
  const listed = by((p) => p.strike?.role === 'listed-site');
  const groups: PlaceGroup[] = [
    {
      key: 'listed-site',
      title: story.meta.strikes?.title ?? 'Strike sites',
      intro: `${summary.listed} sites struck; ${summary.located} located. ${story.meta.strikes?.note ?? ''}`.trim(),
      places: listed,
    },
    {
      key: 'reported-area',
      title: 'Areas named only in a relayed statement',
      // What every such area shares goes here; what the story knows of them is its own note.
      intro: `Named only in a relayed statement: where in or around each one anything happened is not known, and each symbol stands at its centre.${story.meta.strikes?.reportedNote ? ` ${story.meta.strikes.reportedNote}` : ''}`,
      places: by((p) => p.strike?.role === 'reported-area'),
    },
    ...KIND_GROUPS.map(({ kind, key, title }) => ({
      key,
      // Strike sites outside the reconstructed list, when there is one, are "other" strike sites.
      title: kind === 'strike-site' && listed.length > 0 ? 'Other strike sites' : title,
      intro: null,
      places: by((p) => !p.strike && p.kind === kind),
    })),
  ];
  return groups.filter((g) => g.places.length > 0);
}

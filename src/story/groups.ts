// How the places list groups the story's places. Every place lands in exactly one group, whatever
// its kind and role: a place missing from the list would be a place silently dropped.
import { tallyLine, tallySummary } from '../../shared/story/passages.ts';
import type { Place, Story } from '../../shared/story/types.ts';

export interface PlaceGroup {
  readonly key: string;
  readonly title: string;
  readonly intro: string | null;
  readonly places: readonly Place[];
}

/** The non-empty groups, in reading order. */
export function placeGroups(story: Story): PlaceGroup[] {
  const { meta } = story;
  const line = tallyLine(meta, tallySummary(story.places, meta.kinds));
  const by = (test: (p: Place) => boolean) => story.places.filter(test);
  const listed = by((p) => p.strike?.role === 'listed-site');
  const groups: PlaceGroup[] = [
    {
      key: 'listed-site',
      // A place on the list makes the validator ask for the list's title and note.
      title: meta.strikes?.title ?? '',
      intro: [line && `${line}.`, meta.strikes?.note].filter(Boolean).join(' ') || null,
      places: listed,
    },
    {
      key: 'reported-area',
      title: 'Areas named only in a relayed statement',
      // What every such area shares goes here; what the story knows of them is its own note.
      intro: `Named only in a relayed statement: where in or around each one anything happened is not known, and each symbol stands at its centre.${story.meta.strikes?.reportedNote ? ` ${story.meta.strikes.reportedNote}` : ''}`,
      places: by((p) => p.strike?.role === 'reported-area'),
    },
    // Then a group per kind, in the story's order. Places of a kind that tallies, outside the
    // reconstructed list when there is one, are its "other" ones.
    ...meta.kinds.map((kind) => ({
      key: `kind-${kind.id}`,
      title: kind.tally && listed.length > 0 ? `Other ${kind.plural.toLowerCase()}` : kind.plural,
      intro: null,
      places: by((p) => !p.strike && p.kind === kind.id),
    })),
  ];
  return groups.filter((g) => g.places.length > 0);
}

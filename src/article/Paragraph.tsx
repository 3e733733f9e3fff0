// One block of the article, with the passages the map quotes marked in place.
import type { Segment } from '../story/passages.ts';
import type { Paragraph as ParagraphData, Place } from '../story/types.ts';
import { QuoteMark } from './QuoteMark.tsx';

export function Paragraph({ paragraph, segments, places }: { paragraph: ParagraphData; segments: readonly Segment[]; places: ReadonlyMap<string, Place> }) {
  return (
    // tabIndex -1: "Read in the article" links move focus here.
    <p id={paragraph.id} className={`para para--${paragraph.kind}`} tabIndex={-1}>
      {segments.map((segment, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: a paragraph's segments never move; their order is their identity.
        segment.refs.length === 0 ? segment.text : <QuoteMark key={i} segment={segment} places={places} />,
      )}
    </p>
  );
}

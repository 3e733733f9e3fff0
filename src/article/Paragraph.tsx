// One block of the article, with the passages the map quotes marked in place.
import { articlePieces, type Segment } from '../../shared/story/passages.ts';
import type { Paragraph as ParagraphData, Place } from '../../shared/story/types.ts';
import { QuoteMark } from './QuoteMark.tsx';

export function Paragraph({ paragraph, segments, places }: { paragraph: ParagraphData; segments: readonly Segment[]; places: ReadonlyMap<string, Place> }) {
  return (
    // No tabIndex: "Read in the article" gives it one while it has focus (ui/focus.ts).
    <p id={paragraph.id} className={`para para--${paragraph.kind}`}>
      {articlePieces(segments).map((piece, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: a paragraph's pieces never move; their order is their identity.
        piece.kind === 'text' ? piece.text : <QuoteMark key={i} passage={piece} places={places} />,
      )}
    </p>
  );
}

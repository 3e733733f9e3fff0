// Where the quoted passages sit in each paragraph, so the article can mark them. A passage quoted by
// several places (the Pentagon's "five locations", say) is one passage with several places.
import type { KindWords, Paragraph, Place, StoryMeta } from './types.ts';

/** A place's quote, as seen from the article. */
export interface PassageRef {
  readonly placeId: string;
  readonly quoteId: string;
}

/** A run of a paragraph's text: plain when `refs` is empty, otherwise quoted by those places. */
export interface Segment {
  readonly text: string;
  readonly refs: readonly PassageRef[];
}

/** Splits each paragraph at the edges of every quote in it. Quotes that overlap give adjacent
 * segments with the union of their places, so no passage is lost and no text is duplicated. */
export function segmentArticle(paragraphs: readonly Paragraph[], places: readonly Place[]): Map<string, Segment[]> {
  const spans = new Map<string, { start: number; end: number; ref: PassageRef }[]>();
  for (const place of places) {
    for (const quote of place.quotes) {
      const paragraph = paragraphs.find((p) => p.id === quote.paragraph);
      const start = paragraph?.text.indexOf(quote.text) ?? -1;
      // checkStory guarantees the quote is there; a miss here means unchecked data reached the app.
      if (!paragraph || start < 0) throw new Error(`${place.id}: quote ${quote.id} is not in ${quote.paragraph}`);
      const list = spans.get(paragraph.id) ?? [];
      list.push({ start, end: start + quote.text.length, ref: { placeId: place.id, quoteId: quote.id } });
      spans.set(paragraph.id, list);
    }
  }

  const out = new Map<string, Segment[]>();
  for (const paragraph of paragraphs) {
    const list = spans.get(paragraph.id) ?? [];
    const cuts = new Set<number>([0, paragraph.text.length]);
    for (const s of list) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
    const edges = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i < edges.length - 1; i++) {
      const [from, to] = [edges[i]!, edges[i + 1]!];
      const refs = list.filter((s) => s.start <= from && s.end >= to).map((s) => s.ref);
      const last = segments[segments.length - 1];
      // Merge neighbours that carry the same places, so a passage renders as one mark.
      if (last && sameRefs(last.refs, refs)) segments[segments.length - 1] = { text: last.text + paragraph.text.slice(from, to), refs };
      else segments.push({ text: paragraph.text.slice(from, to), refs });
    }
    out.set(paragraph.id, segments);
  }
  return out;
}

/** A paragraph as the reader meets it: plain text, and passages. A passage is a run of quoted text
 * with no plain text inside it, however many quotes overlap or nest there; it offers each of its
 * places once (`placeIds`, in order of first appearance). */
export type ArticlePiece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'passage'; readonly segments: readonly Segment[]; readonly placeIds: readonly string[] };

export function articlePieces(segments: readonly Segment[]): ArticlePiece[] {
  const pieces: ArticlePiece[] = [];
  let run: Segment[] = [];
  const endRun = (): void => {
    if (run.length === 0) return;
    pieces.push({ kind: 'passage', segments: run, placeIds: [...new Set(run.flatMap((s) => s.refs.map((r) => r.placeId)))] });
    run = [];
  };
  for (const segment of segments) {
    if (segment.refs.length > 0) {
      run.push(segment);
      continue;
    }
    endRun();
    pieces.push({ kind: 'text', text: segment.text });
  }
  endRun();
  return pieces;
}

function sameRefs(a: readonly PassageRef[], b: readonly PassageRef[]): boolean {
  const key = (r: PassageRef): string => `${r.placeId}/${r.quoteId}`;
  return a.length === b.length && a.every((r, i) => key(r) === key(b[i]!));
}

/** The key's count: how many places of the kinds that tally (story.json's `kinds`) there are, and how
 * many are located. Areas named only in a relayed statement are not sites: they never count. */
export interface TallySummary {
  readonly counted: number;
  readonly located: number;
  readonly reportedAreas: number;
}

export function tallySummary(places: readonly Place[], kinds: readonly KindWords[]): TallySummary {
  const tallies = new Set(kinds.filter((k) => k.tally).map((k) => k.id));
  const counted = places.filter((p) => tallies.has(p.kind) && p.strike?.role !== 'reported-area');
  return {
    counted: counted.length,
    located: counted.filter((p) => p.position !== null).length,
    reportedAreas: places.filter((p) => p.strike?.role === 'reported-area').length,
  };
}

/** "5 streets flooded; 2 located", in the story's words; null when the story counts nothing. */
export function tallyLine(meta: StoryMeta, summary: TallySummary): string | null {
  if (!meta.tally || summary.counted === 0) return null;
  return `${summary.counted} ${summary.counted === 1 ? meta.tally.one : meta.tally.other}; ${summary.located} located`;
}

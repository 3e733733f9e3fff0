// The article beside the map (below it on narrow screens), with where it comes from and which
// version it is, since every quote on the map is checked against exactly this text. Its credits are
// given in the article's own words; a fuller name is shown as the identification it is.
import { useEffect, useMemo, useRef } from 'react';
import { segmentArticle } from '../../shared/story/passages.ts';
import type { Story } from '../../shared/story/types.ts';
import { datelineInSentence, formatDate, OURS, ourIdentification } from '../../shared/story/words.ts';
import { useSelectionActions } from '../selection/SelectionContext.tsx';
import { Paragraph } from './Paragraph.tsx';

export function ArticlePane({ story }: { story: Story }) {
  const { article } = story;
  const segments = useMemo(() => segmentArticle(article.paragraphs, story.places), [article, story.places]);
  const places = useMemo(() => new Map(story.places.map((p) => [p.id, p])), [story.places]);
  const element = useRef<HTMLElement>(null);
  const { select } = useSelectionActions();
  useEffect(
    function openAPlaceFromItsWords() {
      // A click on a passage quoted for one place alone opens it (a mouse reader's shortcut; the
      // keyboard's way is the place's button after the passage), and focus comes back to that
      // button when the place is closed. Heard from the document, not the words: Firefox tells a
      // screen reader that each element with a click handler of its own is "clickable".
      function onClick(event: MouseEvent): void {
        const words = (event.target as Element | null)?.closest<HTMLElement>('.passage--opens');
        if (!words || !element.current?.contains(words)) return;
        const id = words.dataset.places!;
        const button = words.closest('.passage-run')?.nextElementSibling?.querySelector<HTMLElement>(`[data-chip-for="${CSS.escape(id)}"]`);
        select(id, 'article', button ?? null);
      }
      document.addEventListener('click', onClick);
      return function stopListening() {
        document.removeEventListener('click', onClick);
      };
    },
    [select],
  );
  return (
    <article className="article" aria-labelledby="article-title" ref={element}>
      <header className="article-head">
        <h2 id="article-title">The article</h2>
        <p className="article-meta">
          {article.outlet}, {formatDate(article.published)}
          {article.dateline !== null && `. Datelined ${datelineInSentence(article.dateline)}`}
          {article.byline.contributors.map((c) => `; ${c.role} by ${c.articleWords ?? c.name}`).join('')}.{' '}
          {article.byline.lead === null && article.byline.leadNote ? article.byline.leadNote : article.byline.lead ? `By ${article.byline.lead}.` : null}
        </p>
        {article.byline.contributors.map(
          (c) =>
            // A fuller name than the article gives is an identification: say whose, as for places.
            c.identifiedBy && (
              <p key={c.name} className="article-identification">
                <strong>{c.identifiedBy === OURS ? ourIdentification(`“${c.articleWords}”`, c.name) : `Identified as ${c.name} by ${c.identifiedBy}.`}</strong>{' '}
                {c.basis}
              </p>
            ),
        )}
        <p className="article-note">
          {article.versionNote} <a href={article.sourceUrl}>The article at {article.outlet}</a>
        </p>
        <p className="article-how">
          <span className="passage passage--sample">Marked passages</span> are quoted on the map: select one, or the place named after it, to open that place.
        </p>
      </header>
      {article.paragraphs.map((p) => (
        <Paragraph key={p.id} paragraph={p} segments={segments.get(p.id) ?? []} places={places} />
      ))}
    </article>
  );
}

// What a place's popup says: name, kind and dates; who identifies it; how sure the sources are of
// what happened there, saying what that rates; the article's words about it, each attributed and
// linked to its paragraph; conflicting claims side by side; how well its location is known, from how
// many sources, and on what that rests; what other reporting adds; sources. Every string is React text.
import type { Place, Quote, Story } from '../story/types.ts';
import { confidenceStatement, formatWhen, locationStatement, OURS, ourIdentification } from '../story/words.ts';
import { SourceList } from '../ui/SourceList.tsx';

export function PlacePopup({ place, story, onParagraphLink }: { place: Place; story: Story; onParagraphLink: (paragraphId: string) => void }) {
  const headingId = `popup-title-${place.id}`;
  const disputed = new Set(place.disputes.flatMap((d) => d.quotes));
  const quoteById = new Map(place.quotes.map((q) => [q.id, q]));
  const paragraphNumber = (id: string): number => story.article.paragraphs.findIndex((p) => p.id === id) + 1;
  const renderQuote = (q: Quote) => <QuoteFigure key={q.id} quote={q} number={paragraphNumber(q.paragraph)} onParagraphLink={onParagraphLink} />;

  return (
    <div className="pp" role="dialog" aria-labelledby={headingId} tabIndex={-1} data-place-id={place.id}>
      <p className="pp-kind">{place.kindLabel}</p>
      <h2 className="pp-title" id={headingId}>
        {place.name}
      </h2>
      {place.when.map((w) => (
        <p className="pp-when" key={`${w.date}-${w.timeLocal ?? ''}`}>
          <strong>{formatWhen(w)}.</strong> {w.what} <span className="pp-source">({w.source})</span>
        </p>
      ))}
      <Identification place={place} />
      <p className="pp-confidence">{confidenceStatement(place)}</p>

      {place.disputes.map((d) => (
        <section className="pp-dispute" key={d.question} aria-label={`Disputed: ${d.question}`}>
          <h3 className="pp-h">Disputed: {d.question}</h3>
          <div className="pp-sides">{d.quotes.map((id) => renderQuote(quoteById.get(id)!))}</div>
        </section>
      ))}
      {place.quotes.filter((q) => !disputed.has(q.id)).length > 0 && (
        <section aria-label="In the article">
          <h3 className="pp-h">In the article</h3>
          {place.quotes.filter((q) => !disputed.has(q.id)).map(renderQuote)}
        </section>
      )}
      {place.quotes.length === 0 && place.noQuoteReason && <p className="pp-noquote">{place.noQuoteReason}</p>}

      <section aria-label="Where">
        <h3 className="pp-h">Where</h3>
        <p className="pp-location">{locationStatement(place)}</p>
        <p className="pp-basis">{place.precision.basis}</p>
      </section>

      {place.context.length > 0 && (
        <section aria-label="Other reporting">
          <h3 className="pp-h">Other reporting</h3>
          <ul className="pp-context">
            {place.context.map((c) => (
              <li key={c.text}>
                {c.text} <span className="pp-source">({c.url ? <a href={c.url}>{c.source}</a> : c.source})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <details className="pp-sources">
        <summary>Sources ({place.sources.length})</summary>
        <SourceList sources={place.sources} />
      </details>
    </div>
  );
}

function Identification({ place }: { place: Place }) {
  const { inArticle, articleWords, identifiedBy, basis } = place.naming;
  if (inArticle) return <p className="pp-naming">Named in the article{articleWords ? <> as “{articleWords}”</> : null}.</p>;
  const ours = identifiedBy === OURS;
  return (
    <p className={`pp-naming${ours ? ' pp-naming--ours' : ''}`}>
      {articleWords ? <>The article says only “{articleWords}”. </> : place.noQuoteReason ? null : <>The article does not mention this place. </>}
      {ours ? <strong>{ourIdentification('it', place.name)}</strong> : <>Identified by: {identifiedBy}.</>}
      {basis ? <> {basis}</> : null}
    </p>
  );
}

function QuoteFigure({ quote, number, onParagraphLink }: { quote: Quote; number: number; onParagraphLink: (paragraphId: string) => void }) {
  return (
    <figure className={`pp-quote pp-quote--${quote.relation}`}>
      <blockquote cite={`#${quote.paragraph}`}>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        <span className="pp-attribution">{quote.attributedTo}</span>
        {' · '}
        <a
          href={`#${quote.paragraph}`}
          onClick={(event) => {
            event.preventDefault();
            onParagraphLink(quote.paragraph);
          }}
        >
          Read in the article, paragraph {number}
        </a>
        {quote.note ? <span className="pp-note">{quote.note}</span> : null}
      </figcaption>
    </figure>
  );
}

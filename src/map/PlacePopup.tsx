// What a place's popup says: name, kind and dates; who identifies it; how sure the sources are of
// what happened there, saying what that rates; the article's words about it, each attributed and
// linked to its paragraph; conflicting claims side by side; how well its location is known, from how
// many sources, and on what that rests; what other reporting adds; sources. Every string is React text.
import { Fragment, useLayoutEffect, useRef } from 'react';
import type { Place, Quote, Story, When } from '../../shared/story/types.ts';
import { confidenceStatement, firstWords, formatWhen, locationStatement, nameSeparator, OURS, ourIdentification } from '../../shared/story/words.ts';
import { useSelectionActions } from '../selection/SelectionContext.tsx';
import { Separator } from '../ui/Separator.tsx';
import { SourceList } from '../ui/SourceList.tsx';

export interface PlacePopupProps {
  readonly place: Place;
  readonly story: Story;
  /** The timeline step the place was opened from, marked among its dates; null for none. */
  readonly step: string | null;
  readonly onParagraphLink: (paragraphId: string) => void;
  /** Closes the place; without it the popup has no × (a preview). */
  readonly onClose?: () => void;
  /** Called once its body is in the page (its first layout), with the dialog element. */
  readonly onRendered?: (dialog: HTMLElement) => void;
}

export function PlacePopup({ place, story, step, onParagraphLink, onClose, onRendered }: PlacePopupProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const rendered = useRef(onRendered);
  rendered.current = onRendered;
  useLayoutEffect(function sayRendered() {
    if (dialog.current) rendered.current?.(dialog.current);
  }, []);
  const headingId = `popup-title-${place.id}`;
  const disputed = new Set(place.disputes.flatMap((d) => d.quotes));
  const quoteById = new Map(place.quotes.map((q) => [q.id, q]));
  const paragraphNumber = (id: string): number => story.article.paragraphs.findIndex((p) => p.id === id) + 1;
  const renderQuote = (q: Quote) => <QuoteFigure key={q.id} quote={q} number={paragraphNumber(q.paragraph)} onParagraphLink={onParagraphLink} />;

  return (
    // Focus goes to the heading, not the dialog: a screen reader reads a focused dialog whole, as one
    // run of words; on the heading it says "dialog", the place's name, and reads on from there.
    <div className="pp" role="dialog" aria-labelledby={headingId} data-place-id={place.id} ref={dialog}>
      <p className="pp-kind">{place.kindLabel}</p>
      <h2 className="pp-title" id={headingId} tabIndex={-1}>
        {place.name}
      </h2>
      {onClose && (
        // Right after the heading, which takes focus as the popup opens, so that Tab from there
        // reaches it first; drawn at the popup's corner.
        <button type="button" className="leaflet-popup-close-button pp-close" aria-label="Close popup" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      )}
      {place.when.map((w) =>
        w.event === step ? (
          <StepWhen key={w.event} when={w} story={story} place={place} />
        ) : (
          <p className="pp-when" key={w.event}>
            <strong>{formatWhen(w)}.</strong> {w.what} <span className="pp-source">({w.source})</span>
          </p>
        ),
      )}
      <Identification place={place} />
      {place.strike && <p className="pp-listed">Listed by {place.strike.listedBy}.</p>}
      <p className="pp-confidence">{confidenceStatement(place)}</p>

      {place.disputes.map((d) => (
        // Sections without names: a named one is a region, and a screen reader announces every
        // region it enters (five deep in a popup, with the map's), on every quote. Headings suffice.
        <section className="pp-dispute" key={d.question}>
          <h3 className="pp-h">Disputed: {d.question}</h3>
          <div className="pp-sides">{d.quotes.map((id) => renderQuote(quoteById.get(id)!))}</div>
        </section>
      ))}
      {place.quotes.filter((q) => !disputed.has(q.id)).length > 0 && (
        <section>
          <h3 className="pp-h">In the article</h3>
          {place.quotes.filter((q) => !disputed.has(q.id)).map(renderQuote)}
        </section>
      )}
      {place.quotes.length === 0 && place.noQuoteReason && <p className="pp-noquote">{place.noQuoteReason}</p>}

      <section>
        <h3 className="pp-h">Where</h3>
        <p className="pp-location">{locationStatement(place)}</p>
        <p className="pp-basis">{place.precision.basis}</p>
      </section>

      {place.context.length > 0 && (
        <section>
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

/** The date of the timeline's current step, marked, with the step's other places to go to. */
function StepWhen({ when, story, place }: { when: When; story: Story; place: Place }) {
  const { select } = useSelectionActions();
  const index = story.events.findIndex((e) => e.id === when.event);
  const others = story.events[index]!.placeIds.filter((id) => id !== place.id).map((id) => story.places.find((p) => p.id === id)!);
  const separator = nameSeparator(others.map((o) => o.name));
  return (
    <div className="pp-when pp-when--step" aria-current="step">
      <p className="pp-step">
        Timeline: event {index + 1} of {story.events.length}
      </p>
      <p>
        <strong>{formatWhen(when)}.</strong> {when.what} <span className="pp-source">({when.source})</span>
      </p>
      {others.length > 0 && (
        <p className="pp-also">
          Also in this event:{' '}
          {others.map((other, i) => (
            <Fragment key={other.id}>
              {i > 0 && separator}
              <button type="button" className="pp-also-place" onClick={(e) => select(other.id, 'map', e.currentTarget)}>
                {other.name}
              </button>
              {other.position === null && ' (not on the map)'}
            </Fragment>
          ))}
        </p>
      )}
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
    // Not a figure: a figure is named by its whole caption, so a screen reader said the speaker, the
    // note and the link before the quote. The quote, then who said it, then the link.
    <div className={`pp-quote pp-quote--${quote.relation}`}>
      <blockquote cite={`#${quote.paragraph}`}>
        <p>{quote.text}</p>
      </blockquote>
      <p className="pp-cite">
        <span className="pp-attribution">{quote.attributedTo}</span>
        <Separator />
        <a
          href={`#${quote.paragraph}`}
          // Two quotes of one paragraph give two such links: each also says which quote it is.
          aria-label={`Read in the article, paragraph ${number}: “${firstWords(quote.text)}”`}
          onClick={(event) => {
            event.preventDefault();
            onParagraphLink(quote.paragraph);
          }}
        >
          Read in the article, paragraph {number}
        </a>
        {quote.note ? <span className="pp-note">{quote.note}</span> : null}
      </p>
    </div>
  );
}

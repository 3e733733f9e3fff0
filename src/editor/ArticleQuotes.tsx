// The article, paragraph by paragraph, to quote from: select words in one paragraph, choose who says
// them and how they bear on the place, then Quote selection. The quote is the selection's own text,
// so it is verbatim by construction; the paragraph is the one it was selected in. The selection is
// taken when it is made, so typing who says it afterwards (which moves the browser's selection into
// that field) loses no words.
import { useEffect, useId, useRef, useState } from 'react';
import type { ParagraphJson, QuoteJson } from '../../shared/editor/files.ts';
import { QUOTE_RELATIONS } from '../../shared/story/vocabulary.ts';

export interface ArticleQuotesProps {
  readonly paragraphs: readonly ParagraphJson[];
  readonly speakers: readonly string[];
  /** The selected place's name, or null when none is selected (quoting needs a place). */
  readonly placeName: string | null;
  readonly onQuote: (quote: { paragraph: string; text: string; attributedTo: string; relation: QuoteJson['relation'] }) => void;
  readonly onMessage: (message: string) => void;
  /** The article pasted as plain text, to become its paragraphs. */
  readonly onPaste: (text: string) => void;
}

const NOTHING = 'Select some words in a paragraph of the article first.';

/** What the browser's selection inside `article` is: a paragraph's words, why they cannot be quoted,
 * or null when the selection is elsewhere or empty (a click in a field), which changes nothing. */
function selectionIn(article: HTMLElement): { paragraph: string; text: string } | string | null {
  const selection = window.getSelection();
  const text = selection?.toString() ?? '';
  if (!selection || selection.rangeCount === 0 || text.trim() === '') return null;
  const paragraphOf = (node: Node | null) => (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-paragraph]') ?? null;
  const start = paragraphOf(selection.anchorNode);
  const end = paragraphOf(selection.focusNode);
  if (!start && !end) return null;
  if (!start || start !== end || !article.contains(start)) return 'A quote comes from one paragraph: select words inside a single paragraph.';
  return { paragraph: start.dataset.paragraph!, text };
}

export function ArticleQuotes({ paragraphs, speakers, placeName, onQuote, onMessage, onPaste }: ArticleQuotesProps) {
  const id = useId();
  const [speaker, setSpeaker] = useState(speakers[0] ?? '');
  const [relation, setRelation] = useState<QuoteJson['relation']>('names');
  const [pasted, setPasted] = useState('');
  // The words to quote, taken when they are selected: the selection itself moves on as soon as the
  // journalist types who says them.
  const [held, setHeld] = useState<{ paragraph: string; text: string } | string>(NOTHING);
  const article = useRef<HTMLElement>(null);
  useEffect(() => {
    const onSelection = (): void => {
      const now = article.current ? selectionIn(article.current) : null;
      if (now !== null) setHeld(now);
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, []);
  // Paragraphs pasted anew: what was held may no longer be in them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the paragraphs changing is the trigger.
  useEffect(() => setHeld(NOTHING), [paragraphs]);
  return (
    <section className="editor-article" aria-labelledby={`${id}-title`} ref={article}>
      <h2 id={`${id}-title`}>The article</h2>
      <details className="editor-paste" open={paragraphs.length === 0}>
        <summary>Paste the article as plain text</summary>
        <label htmlFor={`${id}-paste`}>Article text (paragraphs separated by a blank line, exactly as published)</label>
        <textarea id={`${id}-paste`} rows={8} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button
          type="button"
          disabled={pasted.trim() === ''}
          onClick={() => {
            onPaste(pasted);
            setPasted('');
          }}
        >
          Use this text
        </button>
      </details>
      <div className="editor-quote-tools">
        <label htmlFor={`${id}-speaker`}>Who says it</label>
        <input id={`${id}-speaker`} list={`${id}-speakers`} value={speaker} onChange={(e) => setSpeaker(e.target.value)} />
        <datalist id={`${id}-speakers`}>
          {speakers.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <label htmlFor={`${id}-relation`}>How it bears on the place</label>
        <select id={`${id}-relation`} value={relation} onChange={(e) => setRelation(e.target.value as QuoteJson['relation'])}>
          {QUOTE_RELATIONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-describedby={`${id}-held`}
          // Keep the reader's selection: a click would otherwise move focus first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            if (!placeName) onMessage('Choose a place first (Add place, or one on the map), then quote.');
            else if (typeof held === 'string') onMessage(held);
            else if (!speaker.trim()) onMessage('Say who says it before quoting.');
            else {
              onQuote({ ...held, attributedTo: speaker.trim(), relation });
              onMessage(`Quoted for ${placeName}: “${held.text}”`);
              setHeld(NOTHING);
              window.getSelection()?.removeAllRanges();
            }
          }}
        >
          Quote selection
        </button>
        <p className="editor-held" id={`${id}-held`}>
          {typeof held === 'string' ? held : `To quote: “${held.text}”`}
        </p>
      </div>
      {paragraphs.map((p) => (
        <p key={p.id} data-paragraph={p.id} className={`editor-paragraph editor-paragraph--${p.kind}`}>
          {p.text}
        </p>
      ))}
    </section>
  );
}

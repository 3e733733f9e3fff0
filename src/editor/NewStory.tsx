// A new story starts from its article: the folder the editor was opened on holds no story yet, and
// nothing else is asked for until the article is in (the rest is filled in the editor itself).
import { useId, useState } from 'react';

export function NewStory({ folder, onArticle }: { readonly folder: string; readonly onArticle: (text: string) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  return (
    <main className="editor-new">
      <h1>A new story in {folder}</h1>
      <p>
        Start with the article: paste it as plain text, exactly as published, with a blank line between paragraphs. Its words are the only ones the map quotes.
        Nothing is written to {folder} until you save.
      </p>
      <label htmlFor={`${id}-text`}>Article text (paragraphs separated by a blank line, exactly as published)</label>
      <textarea id={`${id}-text`} rows={14} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" disabled={text.trim() === ''} onClick={() => onArticle(text)}>
        Use this text
      </button>
    </main>
  );
}

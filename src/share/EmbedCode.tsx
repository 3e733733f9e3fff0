// The embed code form: the snippet a newsroom pastes into its CMS, for the place, colours and panel
// it picks, with a "Copy embed code" button. The URLs are this page's own, so the code is right
// wherever dist/ is published. Loaded only when a reader asks for it (EmbedSection.tsx).
import { useId, useMemo, useRef, useState } from 'react';
import type { Panel, Theme } from '../../shared/embed/options.ts';
import { embedSnippet, embedUrl, fallbackHeight, placePagePath } from '../../shared/embed/snippet.ts';
import type { Story } from '../../shared/story/types.ts';

type PanelChoice = Panel | 'closed';

async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (an insecure origin) or no permission: the old way, from the selection.
    fallback?.select();
    return document.execCommand('copy');
  }
}

export function EmbedCode({ story }: { story: Story }) {
  const id = useId();
  const [place, setPlace] = useState('');
  const [theme, setTheme] = useState<Theme>('auto');
  const [panel, setPanel] = useState<PanelChoice>('closed');
  const [status, setStatus] = useState('');
  const code = useRef<HTMLTextAreaElement>(null);
  const located = useMemo(() => story.places.filter((p) => p.position !== null), [story]);

  const base = new URL('./', window.location.href).href;
  const choice = { place: place || null, theme, panel: panel === 'closed' ? null : panel, height: fallbackHeight(story) };
  const snippet = embedSnippet(base, `Map: ${story.meta.title}`, choice);
  // Pasted alone on a line, an address embeds through oEmbed (WordPress, for every author). Only a
  // place's own page keeps the place: a static host answers for the whole map at any other address.
  const address = place ? new URL(placePagePath(place), base).href : base;

  /** A new choice, and the last copy's status no longer applies. */
  function choose<T>(set: (value: T) => void, value: T): void {
    set(value);
    setStatus('');
  }

  async function copy(): Promise<void> {
    setStatus((await copyText(snippet, code.current)) ? 'Copied.' : 'Select the code and copy it with Ctrl+C or ⌘C.');
  }

  return (
    <div className="embed-code-form">
      <div className="embed-code-options">
        <label>
          Open at{' '}
          <select className="control" value={place} onChange={(e) => choose(setPlace, e.target.value)}>
            <option value="">no place (the whole map)</option>
            {located.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Colours{' '}
          <select className="control" value={theme} onChange={(e) => choose(setTheme, e.target.value as Theme)}>
            <option value="auto">follow the reader’s setting</option>
            <option value="light">light</option>
            <option value="dark">dark</option>
          </select>
        </label>
        <label>
          Below the map{' '}
          <select className="control" value={panel} onChange={(e) => choose(setPanel, e.target.value as PanelChoice)}>
            <option value="closed">article and places, closed</option>
            <option value="article">the article, open</option>
            <option value="places">the places, open</option>
            <option value="none">nothing (map only)</option>
          </select>
        </label>
      </div>
      <label className="embed-code-label" htmlFor={`${id}-code`}>
        Embed code
      </label>
      <textarea id={`${id}-code`} ref={code} className="embed-code-text" readOnly rows={5} value={snippet} spellCheck={false} />
      <p className="embed-code-actions">
        <button type="button" className="control" onClick={() => void copy()}>
          Copy embed code
        </button>{' '}
        <a href={embedUrl(base, choice)}>Preview the embed</a> <span role="status">{status}</span>
      </p>
      <label className="embed-code-label" htmlFor={`${id}-address`}>
        Or paste this address on a line of its own (WordPress, and other sites that embed by address: the map opens as the reader’s settings have it)
      </label>
      <input id={`${id}-address`} className="embed-code-address" type="text" readOnly value={address} onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}

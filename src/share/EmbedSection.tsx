// "Embed this map", at the foot of the story page. Most readers never want the code, so the form
// and the snippet's code are fetched only when someone opens it: the first view stays lighter.
import { lazy, Suspense, useId, useState } from 'react';
import type { Story } from '../../shared/story/types.ts';

const EmbedCode = lazy(() => import('./EmbedCode.tsx').then((m) => ({ default: m.EmbedCode })));

export function EmbedSection({ story }: { story: Story }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className="embed-code" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Embed this map</h2>
      <p>
        Paste the code into your page. It works on its own; the script line, once per page, makes the map’s height exact and can be left out. Your page’s
        Content-Security-Policy must allow this site in <code>frame-src</code> (and <code>script-src</code> for the script).
      </p>
      <p>
        <button type="button" className="control" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen((was) => !was)}>
          {open ? 'Hide the embed code' : 'Show the embed code'}
        </button>
      </p>
      <div id={`${id}-form`} hidden={!open}>
        {open && (
          <Suspense fallback={<p role="status">Loading the embed code…</p>}>
            <EmbedCode story={story} />
          </Suspense>
        )}
      </div>
    </section>
  );
}

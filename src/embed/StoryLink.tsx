// A link from the embed to the story page ("Full story page", and "Open full screen" where the frame
// may not go full screen), opened the way this frame allows (options.ts, linkWay): a new tab, the
// whole page, WordPress's `link` message, or, where nothing is known to be allowed, the address
// shown to copy. Never a navigation the sandbox would refuse: that is a console error and nothing
// happens for the reader.
import type { ReactNode } from 'react';
import type { LinkWay } from '../../shared/embed/options.ts';
import { KEEP_CLEAR } from '../map/camera/keepClear.ts';
import { useBrowserValue } from '../ui/hydration.ts';
import { wordPressLinkMessage } from './protocol.ts';

export interface StoryLinkProps {
  /** The story page's URL, relative to the embed (e.g. `./#place=camp-taji`). */
  readonly href: string;
  readonly way: LinkWay;
  readonly wordPressSecret: string | null;
  readonly className?: string;
  /** Drawn over the map: an open popup leaves it uncovered where it can (keepPopupInView.ts). */
  readonly overMap?: boolean;
  readonly children: ReactNode;
}

export function StoryLink({ href, way, wordPressSecret, className, overMap = false, children }: StoryLinkProps) {
  // Relative in the build's HTML, which knows no address; absolute once in the browser, to copy.
  const here = useBrowserValue(() => window.location.href, null);
  const absolute = here === null ? href : new URL(href, here).href;
  const keep = overMap ? { [KEEP_CLEAR]: '' } : {};
  if (way === 'copy') {
    return (
      <details className={className ? `${className} story-address` : 'story-address'} {...keep}>
        <summary>{children}</summary>
        <label>
          This frame cannot open pages. Copy the address:
          <input type="text" readOnly value={absolute} onFocus={(event) => event.currentTarget.select()} />
        </label>
      </details>
    );
  }
  if (way === 'wordpress' && wordPressSecret !== null) {
    // WordPress opens it in the whole page when its resize script (wp-embed.js) is on the page: it
    // is only where a post embed with a blockquote brought it, and a frame cannot tell, so the
    // address is shown too, for where nothing happens.
    return (
      <details
        className={className ? `${className} story-address` : 'story-address'}
        {...keep}
        onToggle={(event) => {
          if (event.currentTarget.open) window.parent.postMessage(wordPressLinkMessage(wordPressSecret, absolute), '*');
        }}
      >
        <summary>{children}</summary>
        <label>
          If the page does not open, copy its address:
          <input type="text" readOnly value={absolute} onFocus={(event) => event.currentTarget.select()} />
        </label>
      </details>
    );
  }
  return (
    <a className={className} href={absolute} target={way === 'top' ? '_top' : '_blank'} rel="noopener" {...keep}>
      {children}
    </a>
  );
}

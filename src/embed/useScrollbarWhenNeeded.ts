// A scrollbar in the frame only while the content needs one. Where scrollbars take room (Firefox with
// classic scrollbars), a narrow frame can hold its content both ways: at 300 px the bundled story's
// closed embed is 827 px tall without a scrollbar and, 12 px narrower with one, 870 px, over its
// 860 px frame. Once a moment's taller content (the page as the build rendered it, a popup opening)
// has brought the scrollbar, Firefox keeps it, and the frame scrolls for nothing. So whenever the
// content's size changes and there is a scrollbar, the browser is asked again without one; it puts it
// back, in the same frame, if the content needs it.
import { useEffect } from 'react';

export function useScrollbarWhenNeeded(): void {
  useEffect(function rethinkScrollbar() {
    const html = document.documentElement;
    const observer = new ResizeObserver(() => {
      if (window.innerWidth - html.clientWidth <= 0 || html.style.overflowY !== '') return;
      html.style.overflowY = 'hidden';
      void html.offsetWidth; // lays the page out without it
      html.style.overflowY = '';
    });
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
}

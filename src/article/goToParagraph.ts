// "Read in the article": bring a paragraph into view and give it focus, without touching the
// #place= hash, so the selection (and the link a reader may share) stays as it is.
import { focusTemporarily } from '../ui/focus.ts';
import { prefersReducedMotion } from '../ui/motion.ts';

export function goToParagraph(id: string): void {
  const paragraph = document.getElementById(id);
  if (!paragraph) return;
  paragraph.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  focusTemporarily(paragraph);
  for (const old of document.querySelectorAll('.para.is-linked')) old.classList.remove('is-linked');
  paragraph.classList.add('is-linked');
}

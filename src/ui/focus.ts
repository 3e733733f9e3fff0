// Focus for what a reader is sent to but never tabs to (a paragraph, a list entry, a heading past
// the map): a tabindex for as long as it holds focus, then none. A permanent tabIndex=-1 makes a
// screen reader announce the element as "clickable" each time it reads it, and Firefox reads a
// focusable section apart from its heading.
export function focusTemporarily(element: HTMLElement | null, options: FocusOptions = { preventScroll: true }): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus(options);
}

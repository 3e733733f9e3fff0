// Whether to animate: the reader's prefers-reduced-motion setting, read when it matters.

/** True when the reader asked the system for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

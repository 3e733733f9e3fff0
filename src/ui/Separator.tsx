// The "·" between the parts of a line, seen and not heard as "middle dot": drawn by CSS (.sep in
// app.css) with a semicolon as its alternative text, so a screen reader hears a pause in the same
// line. A "·" in the page's text would be read out; hidden text beside it would be read as a line
// of its own.
import { Fragment, type ReactNode } from 'react';

export function Separator() {
  return <span className="sep" />;
}

/** Parts of a line with a Separator between each two. */
export function separated(parts: readonly ReactNode[]): ReactNode {
  return parts.map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed line; their order is their identity.
    <Fragment key={i}>
      {i > 0 && <Separator />}
      {part}
    </Fragment>
  ));
}

// The timeline's axis, drawn without a line of script or a style attribute (the pages' policy forbids
// them, shared/host/csp.ts): the build lays the axis out for a range of widths (node/story/axis.ts),
// the page's HTML holds every layout, and the story's stylesheet shows the one the axis's width
// takes (a container query each) and puts each mark where its layout says, by class.
import type { TimelineAxisAt } from './types.ts';

/** The class of the `index`th layout, narrowest first. */
export const axisLayoutClass = (index: number): string => `tl-l${index}`;

/** Hundredths of a per cent: as precise as a position on an axis needs to be. */
const hundredths = (percent: number): number => Math.round(percent * 100);

/** The class that puts a mark `percent` along the axis. */
export const axisAtClass = (percent: number): string => `tl-x${hundredths(percent)}`;

/** The class that makes a stretch `percent` of the axis long. */
export const axisWidthClass = (percent: number): string => `tl-w${hundredths(percent)}`;

/** The stylesheet for `axis`'s layouts and marks. */
export function axisCss(axis: readonly TimelineAxisAt[]): string {
  if (axis.length === 0) return '';
  const rules = ['.tl-layout{display:none}', `.${axisLayoutClass(0)}{display:block}`];
  // The widest layout that fits the axis: each from its width on, the one before it hidden.
  axis.forEach((at, i) => {
    if (i === 0) return;
    rules.push(`@container tl-axis (min-width:${at.width}px){.${axisLayoutClass(i - 1)}{display:none}.${axisLayoutClass(i)}{display:block}}`);
  });
  const at = new Set<number>();
  const widths = new Set<number>();
  for (const { layout } of axis) {
    for (const segment of layout.segments) {
      at.add(hundredths(segment.left));
      widths.add(hundredths(segment.width));
    }
    for (const value of [...layout.breaks, ...layout.dots, ...layout.ticks.map((t) => t.left)]) at.add(hundredths(value));
  }
  for (const value of [...at].sort((a, b) => a - b)) rules.push(`.tl-x${value}{left:${value / 100}%}`);
  for (const value of [...widths].sort((a, b) => a - b)) rules.push(`.tl-w${value}{width:${value / 100}%}`);
  return `${rules.join('\n')}\n`;
}

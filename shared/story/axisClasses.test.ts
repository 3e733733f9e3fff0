import { describe, expect, it } from 'vitest';
import { axisAtClass, axisCss, axisLayoutClass, axisWidthClass } from './axisClasses.ts';
import type { TimelineAxisAt } from './types.ts';

const layout = (dots: number[], ticks: number[]) => ({
  segments: [{ left: 0, width: 100 }],
  breaks: [],
  dots,
  ticks: ticks.map((left) => ({ left, label: `${left}`, end: false })),
});
const axis = [
  { width: 0, layout: layout([0, 50, 100], [0]) },
  { width: 400, layout: layout([0, 50, 100], [0, 33.333]) },
  { width: 800, layout: layout([0, 50, 100], [0, 16.6667, 33.333]) },
] as unknown as TimelineAxisAt[];

describe('the timeline axis’s stylesheet', () => {
  const css = axisCss(axis);

  it('shows the widest layout the axis holds: each from its width, the one before it hidden', () => {
    expect(css).toContain(`.tl-layout{display:none}`);
    expect(css).toContain(`.${axisLayoutClass(0)}{display:block}`);
    expect(css).toContain(`@container tl-axis (min-width:400px){.${axisLayoutClass(0)}{display:none}.${axisLayoutClass(1)}{display:block}}`);
    expect(css).toContain(`@container tl-axis (min-width:800px){.${axisLayoutClass(1)}{display:none}.${axisLayoutClass(2)}{display:block}}`);
  });

  it('has a rule for every mark’s place and every stretch’s length, once each', () => {
    for (const at of [0, 16.6667, 33.333, 50, 100]) expect(css.split(`.${axisAtClass(at)}{`).length - 1, `${at}`).toBe(1);
    expect(css).toContain(`.${axisAtClass(33.333)}{left:33.33%}`);
    expect(css).toContain(`.${axisWidthClass(100)}{width:100%}`);
  });

  it('is empty for a story with no axis', () => {
    expect(axisCss([])).toBe('');
  });
});

// The map key: what each symbol means, how approximate places and named areas look, and how many of
// the places the story counts could be located (its tally). Its rows come from legendRows.ts, which
// the build's pictures of the map draw too.
import { useMemo } from 'react';
import { groupPlaces } from '../../shared/map/declutter.ts';
import { type LegendMark, legendRows } from '../../shared/map/legendRows.ts';
import { project } from '../../shared/map/mercator.ts';
import { symbolClass } from '../../shared/map/symbolClass.ts';
import { isLocated, type Story } from '../../shared/story/types.ts';
import { BASEMAP } from './basemapData.ts';

const ROW_CLASS: Partial<Record<string, string>> = { named: 'legend-named', unlocated: 'legend-unlocated' };

export function Legend({ story, open }: { story: Story; open: boolean }) {
  const groups = useMemo(() => (groupsAtWidestZoom(story) ? ('zoom' as const) : null), [story]);
  const { summary, rows } = legendRows(story, groups);
  return (
    <details className="legend" open={open}>
      <summary>
        Key
        {summary && (
          <>
            : <strong className="legend-strikes">{summary}</strong>
          </>
        )}
      </summary>
      <ul>
        {rows.map((row) => (
          <li key={row.key} className={ROW_CLASS[row.role]}>
            <Mark mark={row.mark} />
            {row.text}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Whether the map groups any of the story's places at its widest zoom (and so at some zoom). */
function groupsAtWidestZoom(story: Story): boolean {
  const points = story.places.filter(isLocated).map((p) => {
    const [x, y] = project(p.position, BASEMAP.minZoom);
    return { id: p.id, x, y, priority: 0 };
  });
  return groupPlaces(points).length > 0;
}

function Mark({ mark }: { mark: LegendMark }) {
  if (mark.type === 'group')
    return (
      <span className="legend-group" aria-hidden="true">
        2
      </span>
    );
  if (mark.type === 'symbol') return <span className={symbolClass(mark.traits)} aria-hidden="true" />;
  if (mark.type === 'halo') return <span className={`legend-halo${mark.derived ? ' legend-halo--derived' : ''}`} aria-hidden="true" />;
  if (mark.type === 'area') return <span className="legend-area" aria-hidden="true" />;
  return null;
}

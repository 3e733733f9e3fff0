// The map key: what each symbol means, how approximate places and named areas look, and how many of
// the places the story counts could be located (its tally). Built from the story's places, so it only shows what the map
// shows, each example symbol drawn from a place that has it.
import type { Story } from '../story/types.ts';
import { tallyLine, tallySummary } from '../story/passages.ts';
import { symbolClass, traitsOf } from './symbolClass.ts';

export function Legend({ story, open }: { story: Story; open: boolean }) {
  const { places, meta } = story;
  const located = places.filter((p) => p.position !== null);
  // The story's kinds in the story's order, each only if the map shows a place of it.
  const kinds = meta.kinds.filter((k) => located.some((p) => p.kind === k.id && p.strike?.role !== 'reported-area'));
  const summary = tallySummary(places, meta.kinds);
  const line = tallyLine(meta, summary);
  const hasApproximate = located.some((p) => p.precision.kind === 'approximate' && p.area === null);
  const hasArea = located.some((p) => p.area !== null);
  const named = located.find((p) => p.precision.kind === 'named-area');
  const faded = located.find((p) => p.strike?.role === 'reported-area' || p.confidence.level === 'low');
  return (
    <details className="legend" open={open}>
      <summary>
        Key
        {line && (
          <>
            : <strong className="legend-strikes">{line}</strong>
          </>
        )}
      </summary>
      <ul>
        {kinds.map((kind) => (
          <li key={kind.id}>
            <span className={symbolClass({ symbol: kind.symbol, precision: 'exact', confidence: 'high', reported: false })} aria-hidden="true" />
            {kind.label}
          </li>
        ))}
        {hasApproximate && (
          <li>
            <span className="legend-halo" aria-hidden="true" />
            Approximate: somewhere in the dashed halo
          </li>
        )}
        {hasArea && (
          <li>
            <span className="legend-area" aria-hidden="true" />
            Area: somewhere in the shaded shape (dashed when its edge is approximate)
          </li>
        )}
        {named && (
          <li className="legend-named">
            <span className={symbolClass({ ...traitsOf(named), confidence: 'high', reported: false })} aria-hidden="true" />
            Named area, position unknown: the symbol stands at its centre and bounds nothing
          </li>
        )}
        {faded && (
          <li>
            <span className={symbolClass(traitsOf(faded))} aria-hidden="true" />
            Faded, in italics: {summary.reportedAreas > 0 ? 'named only in a relayed statement, or ' : ''}low confidence in what happened there
          </li>
        )}
        {places.some((p) => p.position === null) && <li className="legend-unlocated">Not located: listed under “Places in this story”</li>}
      </ul>
    </details>
  );
}

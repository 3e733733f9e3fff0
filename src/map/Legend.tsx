// The map key: what each symbol means, how approximate places and named areas look, and how many of
// the strike sites could be located. Built from the story's places, so it only shows what the map
// shows, each example symbol drawn from a place that has it.
import type { Place, PlaceKind } from '../story/types.ts';
import { strikeSummary } from '../story/passages.ts';
import { KIND_LABEL } from '../story/words.ts';
import { symbolClass, traitsOf } from './symbolClass.ts';

const KIND_ORDER: readonly PlaceKind[] = ['strike-site', 'airport', 'attacked-base', 'city', 'earlier-event'];

export function Legend({ places, open }: { places: readonly Place[]; open: boolean }) {
  const located = places.filter((p) => p.position !== null);
  const kinds = KIND_ORDER.filter((k) => located.some((p) => p.kind === k && p.strike?.role !== 'reported-area'));
  const summary = strikeSummary(places);
  const hasApproximate = located.some((p) => p.precision.kind === 'approximate' && p.area === null);
  const hasArea = located.some((p) => p.area !== null);
  const named = located.find((p) => p.precision.kind === 'named-area');
  const faded = located.find((p) => p.strike?.role === 'reported-area' || p.confidence.level === 'low');
  return (
    <details className="legend" open={open}>
      <summary>
        Key
        {summary.listed > 0 && (
          <>
            :{' '}
            <strong className="legend-strikes">
              {summary.listed} sites struck; {summary.located} located
            </strong>
          </>
        )}
      </summary>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <span className={symbolClass({ kind, precision: 'exact', confidence: 'high', reported: false })} aria-hidden="true" />
            {KIND_LABEL[kind]}
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

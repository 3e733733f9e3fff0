// Never a blank box: if the map fails to render (a Leaflet or browser error), the map's frame shows
// the story's description and every place as text instead, and the console gets one clear error.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Story } from '../../shared/story/types.ts';
import { placeSummaryParts } from '../../shared/story/words.ts';
import { separated } from './Separator.tsx';

/** createRoot's onCaughtError: MapBoundary reports the errors it catches itself, in one clear line,
 * so React's own report (a second, longer console error) is left out. */
export function reportOnce(): void {}

export interface MapBoundaryProps {
  readonly story: Story;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

export class MapBoundary extends Component<MapBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // One line a newsroom developer can act on; the component stack says where.
    console.error(
      `story map: the map could not be drawn, so its places are listed as text instead. Cause: ${error instanceof Error ? error.message : String(error)}`,
      info.componentStack ?? '',
    );
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { story } = this.props;
    return (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the list can scroll inside the frame, and keyboard readers must reach all of it (axe: scrollable-region-focusable).
      <section className="map-fallback" aria-labelledby="map-fallback-title" tabIndex={0}>
        <h2 id="map-fallback-title">The map could not be drawn</h2>
        <p>{story.meta.description}</p>
        <ul>
          {story.places.map((place) => (
            <li key={place.id} data-place-id={place.id}>
              <strong>{place.name}</strong> — {separated(placeSummaryParts(place))}
            </li>
          ))}
        </ul>
      </section>
    );
  }
}

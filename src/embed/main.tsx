// Entry point of embed.html: reads the URL options, applies the theme before the first paint, and
// mounts the embed on the story bundled at build time.
import { createRoot } from 'react-dom/client';
import { reportOnce } from '../ui/MapBoundary.tsx';
import 'leaflet/dist/leaflet.css';
import '../styles/app.css';
import '../styles/embed.css';
import 'virtual:story.css';
import { story } from 'virtual:story';
import { parseEmbedOptions } from '../../shared/embed/options.ts';
import { hashFor, hashForPlace, selectionFromHash } from '../../shared/selection/hash.ts';
import { preloadMapFor } from '../map/preload.ts';
import { codeOfFirstView } from '../places/longList.ts';
import { hydrateRendered } from '../ui/hydration.ts';
import { EmbedApp } from './EmbedApp.tsx';
import { matchesPrerendered } from './prerendered.ts';
import { wordPressSecret } from './protocol.ts';

// Before anything rewrites the hash (a place given by ?place= below, then the selection).
const secret = wordPressSecret(window.location.hash);

const { options, warnings } = parseEmbedOptions(window.location.search, new Set(story.places.map((p) => p.id)), new Set(story.events.map((e) => e.id)));
for (const warning of warnings) console.warn(`story map embed: ${warning}`);
if (options.theme !== 'auto') document.documentElement.dataset.theme = options.theme;
// ?place= and ?event= open a place or a step the way a #place= or #event= link does (no focus
// move); an explicit hash wins. A place that is not one of the step's is the selection service's
// to refuse, with a warning, as in a hash.
if ((options.place !== null || options.event !== null) && selectionFromHash(window.location.hash) === null) {
  const { pathname, search } = window.location;
  const hash = options.event !== null ? hashFor({ step: options.event, place: options.place }) : hashForPlace(options.place);
  history.replaceState(history.state, '', `${pathname}${search}${hash}`);
}

preloadMapFor(story);
const root = document.getElementById('root')!;
const embed = <EmbedApp story={story} options={options} wordPressSecret={secret} />;
// The build rendered the embed for its default options into #root (src/prerender.tsx): hydrated when
// these options render the same, else replaced. The dev server serves it empty.
if (root.hasChildNodes() && matchesPrerendered(options, secret)) hydrateRendered(root, embed, codeOfFirstView(story));
else {
  root.replaceChildren();
  createRoot(root, { onCaughtError: reportOnce }).render(embed);
}

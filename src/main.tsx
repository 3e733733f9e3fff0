// Entry point: mounts the story page on the story bundled at build time.
import { createRoot } from 'react-dom/client';
import { reportOnce } from './ui/MapBoundary.tsx';
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import './styles/story.css';
import 'virtual:story.css';
import { story } from 'virtual:story';
import { App } from './App.tsx';
import { preloadMapFor } from './map/preload.ts';
import { codeOfFirstView } from './places/longList.ts';
import { hydrateRendered } from './ui/hydration.ts';

// No StrictMode: its double mount re-initialises react-leaflet's MapContainer under React 19
// ("Map container is already initialized", react-leaflet #1133).
// The printed page shows the fallback picture of the map; it is lazy so screens never fetch it.
window.addEventListener('beforeprint', () => {
  for (const image of document.querySelectorAll<HTMLImageElement>('img.print-map')) image.loading = 'eager';
});

preloadMapFor(story);
const root = document.getElementById('root')!;
// The build rendered the page into #root (src/prerender.tsx), hydrated once it has been painted and
// the code of every part it shows is here (longList.ts says why); the dev server serves it empty.
if (root.hasChildNodes()) hydrateRendered(root, <App story={story} />, codeOfFirstView(story));
else createRoot(root, { onCaughtError: reportOnce }).render(<App story={story} />);

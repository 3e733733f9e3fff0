// Entry point: mounts the story page on the story bundled at build time.
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import { App } from './App.tsx';
import { story } from 'virtual:story';

// No StrictMode: its double mount re-initialises react-leaflet's MapContainer under React 19
// ("Map container is already initialized", react-leaflet #1133).
createRoot(document.getElementById('root')!).render(<App story={story} />);

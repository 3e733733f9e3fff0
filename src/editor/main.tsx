// Entry point of the story editor (editor.html, served by `npm run edit` only; never built into dist/).
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import '../styles/app.css';
import './editor.css';
import { EditorApp } from './EditorApp.tsx';

createRoot(document.getElementById('editor')!).render(<EditorApp />);

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The create-vite react-ts template's config, unchanged.
export default defineConfig({
  plugins: [react()],
});

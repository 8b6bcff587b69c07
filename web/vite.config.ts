import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  // ECharts is its own chunk (about 570 kB), loaded when the first chart is drawn.
  build: { outDir: `${root}/dist`, emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 700 },
});

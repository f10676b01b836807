/** Vite build of the web app: root web/, output web/dist (served by the API process at `/`). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const WEB = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(WEB, '..');

export default defineConfig({
  root: WEB,
  plugins: [react()],
  // The web app imports zod contracts from src/modules/*/contracts.ts (outside web/).
  server: {
    port: 5173,
    fs: { allow: [REPO] },
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: path.join(WEB, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // antd alone is ~500 kB minified; the staff console is split by route, so only the budget per chunk matters.
    chunkSizeWarningLimit: 900,
    reportCompressedSize: true,
  },
});

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The web app (src/web) builds to dist/web, which the Fastify server serves (src/server/http/web-app.ts) with
 * hashed, immutable assets under dist/web/assets. In development Vite proxies the API to the server on :3000.
 * The CSP allows scripts from our own origin only, so nothing here may emit inline scripts.
 */
const apiTarget = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;

/**
 * Writes .br and .gz beside every built JS/CSS/HTML/SVG file; the server sends them to browsers that accept them
 * (@fastify/static preCompressed), so a cheap phone on a slow network downloads the compressed size.
 */
function precompress(): Plugin {
  return {
    name: 'treem-precompress',
    apply: 'build',
    closeBundle() {
      const outDir = path.resolve(import.meta.dirname, 'dist/web');
      const walk = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
          const p = path.join(dir, e.name);
          return e.isDirectory() ? walk(p) : [p];
        });
      for (const file of walk(outDir).filter((f) => /\.(js|css|html|svg|json)$/.test(f))) {
        const data = fs.readFileSync(file);
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'src/web'),
  publicDir: false,
  plugins: [react(), precompress()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Keep the module-preload polyfill out: it is an inline script in some setups, and every target has preload.
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // The app, and the light public pages: report a concern (/bao-cao), track it (/tra-cuu), the fund's public
    // disclosures (/cong-khai).
    rolldownOptions: {
      input: {
        main: path.resolve(import.meta.dirname, 'src/web/index.html'),
        report: path.resolve(import.meta.dirname, 'src/web/public/report.html'),
        disclosure: path.resolve(import.meta.dirname, 'src/web/public/disclosure.html'),
        track: path.resolve(import.meta.dirname, 'src/web/public/track.html'),
      },
    },
  },
  server: {
    port: 5173,
    strictPort: false,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget },
      '/readyz': { target: apiTarget },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget },
      '/healthz': { target: apiTarget },
      '/readyz': { target: apiTarget },
    },
  },
});

import { defineConfig } from 'vite';

// A single-page app served by the API server at /dashboard/ (server/src/routes/dashboard):
// index.html is revalidated on every load, assets/ carry a content hash and are cached for a year.
export default defineConfig({
  base: '/dashboard/',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // No inline scripts or styles anywhere: the page runs under script-src/style-src 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});

import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from './build/minify-template-literals.js';

// Library mode: the entry widget.js (the first load, budget 8 KB gzip with everything else
// fetched before a press) for <script type="module" src="https://FEEDBACK-HOST/widget.js">,
// and hashed chunks under widget-chunks/ that it imports on a press (same bytes forever).
export default defineConfig({
  plugins: [minifyTemplateLiterals((id) => id.includes('/widget/src/'))],
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    // Vite keeps whitespace in ES library builds (for consumers' bundlers); this file is
    // served as is to browsers, so minify it fully and drop the comments.
    rolldownOptions: { output: { minify: true, comments: false, chunkFileNames: 'widget-chunks/[name]-[hash].js' } },
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'widget.js',
    },
  },
});

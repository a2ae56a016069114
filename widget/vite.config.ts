import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from './build/minify-template-literals.js';

// Library mode: one self-contained ES module, Lit included, for
// <script type="module" src="https://FEEDBACK-HOST/widget.js">. Budget: 12 KB gzip.
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
    rolldownOptions: { output: { minify: true, comments: false } },
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'widget.js',
    },
  },
});

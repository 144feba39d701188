// Builds the store benchmark page (bench/store) with the app's own code. Used by bench/store.mjs.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/store',
  build: { outDir: '../.out/store', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});

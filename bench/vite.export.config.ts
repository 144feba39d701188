// Builds the export benchmark page (bench/export) with the app's own code. Used by bench/exportXlsx.mjs.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/export',
  build: { outDir: '../.out/export', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});

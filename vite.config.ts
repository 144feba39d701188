/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
// @ts-expect-error — plain ESM build step, also run on its own (node scripts/compress.mjs)
import { compressDir } from './scripts/compress.mjs';

/**
 * Precompressed brotli and gzip copies of the build (why node:zlib and not a plugin: docs/dependencies.md): written once here,
 * after vite-plugin-pwa has generated sw.js (closeBundle, sequential, after it), and sent as they
 * are by scripts/staticServer.mjs.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'motcua:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        await compressDir(outDir);
      },
    },
  };
}

/** Suites that also run on a real PostgreSQL: a throwaway server for the run (TEST_DATABASE_URL). */
const withPostgres = ['tests/pg/globalSetup.ts'];

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      // Our own service worker (src/sw.ts): it reports the first download's progress to the page.
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectManifest: {
        // Covers public/ too (favicon, icons, manifest): no includeAssets, which would list them twice.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
      },
    }),
    precompress(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  test: {
    // In CI each run also writes a JSON report; .ci/run prints the totals as its closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: `.tmp/vitest-${process.env.npm_lifecycle_event ?? 'run'}.json` }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Limits against hangs, not speed checks: the 2-core machine is shared and noisy.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/store/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/setup-dom.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // The provincial hub (server/) in-process, on PGlite and on PostgreSQL when TEST_DATABASE_URL is set.
          name: 'hub',
          include: ['tests/hub/**/*.test.ts'],
          environment: 'node',
          globalSetup: withPostgres,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // Real Chromium against the built app (npm run test:e2e builds first).
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // Built hub processes (dist-server/hub.mjs: npm run test:e2e builds it first), killed and
          // restarted, alone and two at a time on one PostgreSQL.
          name: 'hub-process',
          include: ['tests/hub-process/**/*.test.ts'],
          environment: 'node',
          globalSetup: withPostgres,
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // After the browser tests, not beside them: both load the 2-core machine.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { precachePlugin } from './src/offline/vite-precache-plugin.ts';
import { themePlugin } from './src/theme/vite-theme-plugin.ts';
import { storyPlugin } from './src/story/vite-story-plugin.ts';
import { checkedDataPlugin } from './src/app/vite-checked-data-plugin.ts';
import { firstLoadChunks } from './src/app/vite-first-load-plugin.ts';
import { inlineCssPlugin } from './src/app/vite-inline-css-plugin.ts';
import { LongestFirstSequencer } from './tests/helpers/e2e-sequencer.ts';

const firstLoad = firstLoadChunks();

export default defineConfig({
  plugins: [
    react(),
    themePlugin(),
    storyPlugin(),
    checkedDataPlugin(),
    precachePlugin(),
    firstLoad.plugin,
    inlineCssPlugin(),
  ],
  base: './',
  resolve: {
    // react-dom (scheduler 0.27) and @react-three/fiber (0.28) each brought their own copy of the
    // same file (byte for byte): one copy, in the first load, and one task queue for both
    dedupe: ['scheduler'],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: the chunk graph the benchmark reads for first-load sizes
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // the first screen's modules in one file (src/app/vite-first-load-plugin.ts)
      output: {
        codeSplitting: {
          groups: [{ name: 'index', test: firstLoad.isFirstLoad, priority: 10 }],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    // browser test files longest first, so the run does not end on one long file
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // the unit tests share their workers' module cache: each file importing the content,
          // the story and zod afresh cost four times the CPU (46 -> 12 CPU-s); they pass in any
          // order (checked with --sequence.shuffle), so no test leans on another's state
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/e2e-global-setup.ts'],
          // generous: a test that takes 30 s on a quiet machine takes minutes on a busy one
          testTimeout: 300_000,
          hookTimeout: 120_000,
          // expect.poll waits for a condition; its default of 1 s is a race on a loaded machine
          expect: { poll: { timeout: 30_000, interval: 50 } },
          // two files at a time, each with its own Chromium; the tests wait for conditions
          // (never for time), so a loaded machine makes them slower, not red
          fileParallelism: true,
          // (E2E_WORKERS=1 runs one file at a time, to time files without a neighbour)
          maxWorkers: Number(process.env.E2E_WORKERS) || 2,
          // the files of a worker share its module cache, so its Chromium and shared contexts
          // (tests/helpers/browser.ts) serve file after file: a browser per file cost ~8 s
          // at each file's start. Every test still starts on a clean origin (openApp).
          isolate: false,
        },
      },
    ],
  },
});

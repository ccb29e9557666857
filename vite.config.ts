import { defineConfig } from 'vite';

/**
 * The renderer's build. Both the loopback HTTP host and Electron's app:// protocol serve the
 * built files from the root, hence absolute `/` URLs. Vite compiles TSX itself (automatic JSX
 * runtime); no React plugin is needed.
 */
export default defineConfig({
  root: 'renderer',
  base: '/',
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // The renderer runs in Electron's Chromium or a current Chromium tab.
    target: 'chrome130',
    rolldownOptions: {
      onwarn(warning, warn) {
        // TipTap's React bindings start with "use client", which means nothing outside a server-rendering framework.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});

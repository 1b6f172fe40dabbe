import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sharedSingletons, shareStrategy } from '../../libs/platform/federation/src/shared-singletons.ts';

export default defineConfig({
  // Relative base: the build must work from whatever origin and path it is served from (the runtime
  // manifest says where). With it, the federation plugin writes publicPath "auto" into
  // mf-manifest.json, and chunks resolve relative to the remote entry's own URL.
  base: './',
  plugins: [
    react(),
    federation({
      name: 'booking',
      filename: 'remoteEntry.js',
      manifest: true,
      exposes: { './Module': './src/module/BookingModule.tsx' },
      shared: sharedSingletons,
      shareStrategy,
      dts: false,
    }),
  ],
  server: { port: 4301, strictPort: true, cors: true, origin: 'http://127.0.0.1:4301' },
  preview: { port: 4301, strictPort: true, cors: true },
  build: {
    outDir: '../../dist/apps/booking',
    emptyOutDir: true,
    // Federation's shared-module wrappers use top-level await.
    target: 'es2022',
  },
});

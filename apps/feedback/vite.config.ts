import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sharedSingletons, shareStrategy } from '../../libs/platform/federation/src/shared-singletons.ts';

export default defineConfig({
  // Relative base: the build must work from whatever origin and path it is served from (the runtime
  // manifest says where); chunks resolve relative to the remote entry's own URL.
  base: './',
  plugins: [
    react(),
    federation({
      // The module's federation name: its name with underscores (federationNameOf in platform-contract).
      name: 'feedback',
      filename: 'remoteEntry.js',
      manifest: true,
      exposes: { './Module': './src/module/FeedbackModule.tsx' },
      shared: sharedSingletons,
      shareStrategy,
      dts: false,
    }),
  ],
  server: { port: 4302, strictPort: true, cors: true, origin: 'http://127.0.0.1:4302' },
  preview: { port: 4302, strictPort: true, cors: true },
  build: {
    outDir: '../../dist/apps/feedback',
    emptyOutDir: true,
    // Federation's shared-module wrappers use top-level await.
    target: 'es2022',
  },
});

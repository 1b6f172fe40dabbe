import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sharedSingletons, shareStrategy } from '../../libs/platform/federation/src/shared-singletons.ts';

// The shell knows no remote at build time: they come from /remotes.json when the page starts.
export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'shell',
      remotes: {},
      shared: sharedSingletons,
      shareStrategy,
      dts: false,
    }),
  ],
  server: { port: 4200, strictPort: true },
  preview: { port: 4200, strictPort: true },
  build: {
    outDir: '../../dist/apps/shell',
    emptyOutDir: true,
    // Federation's shared-module wrappers use top-level await.
    target: 'es2022',
  },
});

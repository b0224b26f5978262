import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { BOTS, PLAY_LEVELS } from './game/ai/index.ts';
import { SCENARIOS, SCENARIO_IDS } from './game/scenarios/index.ts';
import { scenarioCard, type StartData } from './ui/start/cards.ts';

/**
 * `virtual:rotw-start`: the start screen's scenario cards (lesson clock included) and computer players,
 * worked out at build time by the game's own code, so the first screen loads neither the scenarios nor
 * the engine nor the bots.
 */
function startData(): Plugin {
  const id = 'virtual:rotw-start';
  const data: StartData = {
    cards: SCENARIO_IDS.map((s) => scenarioCard(SCENARIOS[s]!)),
    levels: PLAY_LEVELS.map((l) => l.id),
    otherBots: BOTS.map((b) => b.id).filter((b) => !PLAY_LEVELS.some((l) => l.id === b)),
  };
  return {
    name: 'rotw-start-data',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (loaded) => (loaded === `\0${id}` ? `export default ${JSON.stringify(data)};` : undefined),
  };
}

// The browser app: src/main.tsx is the entry; game/ and ui/ are bundled from source.
export default defineConfig({
  plugins: [
    react(),
    startData(),
    // Offline and installable: the service worker (src/sw.ts) precaches the built app (every chunk, the
    // icons); a navigation offline gets index.html. /api, /socket.io and /games are never cached.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'autoUpdate',
      injectRegister: 'inline',
      includeAssets: ['icon.svg', 'icon-192.png', 'icon-512.png', 'apple-touch-icon.png'],
      manifest: {
        name: 'Roof of the World',
        short_name: 'Roof of the World',
        description: 'A classroom strategy game of great-power influence in Central Asia.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f5f0',
        theme_color: '#3b5b4a',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        sourcemap: false,
      },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: true },
});

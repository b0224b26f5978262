/**
 * The service worker (built by vite-plugin-pwa's injectManifest from this file): precache the whole
 * built app — every chunk, style, icon and the manifest, listed at build time in `self.__WB_MANIFEST` —
 * and answer navigations to the app's paths with index.html, so the game opens and plays with the
 * network cut. The server's /api, /socket.io and /games are never cached or answered here: they go to
 * the network as if there were no service worker. A new build replaces the old cache at once.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NETWORK_ONLY } from './app/network-only.ts';

interface WorkerScope {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'activate', listener: (event: { waitUntil(p: Promise<unknown>): void }) => void): void;
}
declare const self: WorkerScope;

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: NETWORK_ONLY }));
void self.skipWaiting();
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

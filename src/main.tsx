/** The browser entry: set up the translations (the player's saved language first), then mount the app. */
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { preferredLanguage, setupI18n, showLanguage } from '../ui/i18n/index.ts';
import '../ui/styles.css';
import '../ui/a11y/a11y.css';
import { App } from './app/App.tsx';

/** The projector window (`/?projector`) follows a game in another window of this browser; loaded on demand. */
const ProjectorScreen = lazy(() => import('./app/projector.ts').then((m) => ({ default: m.ProjectorScreen })));
const projector = new URLSearchParams(window.location.search).has('projector');

setupI18n(preferredLanguage());
showLanguage();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {projector ? (
        <Suspense fallback={null}>
          <ProjectorScreen />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}

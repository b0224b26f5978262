/** The browser entry: set up the translations (the player's saved language first), then mount the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preferredLanguage, setupI18n, showLanguage } from '../ui/i18n/index.ts';
import '../ui/styles.css';
import '../ui/a11y/a11y.css';
import { App } from './app/App.tsx';

setupI18n(preferredLanguage());
showLanguage();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

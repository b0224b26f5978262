/** The browser entry: set up the translations, then mount the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '../ui/i18n/index.ts';
import '../ui/styles.css';
import { App } from './app/App.tsx';

const i18n = setupI18n(navigator.language.split('-')[0] ?? 'en');
document.documentElement.lang = i18n.language;
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

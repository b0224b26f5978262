/**
 * A test page for the class-wide debrief component: the browser test puts a session's matches in
 * `window.__CLASS_MATCHES__` before the page loads (and `?lang=ru` picks the language), and this page
 * renders `ClassDebrief` with them, styled as the app is. The app's own `/class/<id>` screen fetches them
 * from the server instead.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ClassMatch } from '../../../game/class-summary.ts';
import { ClassDebrief } from '../../../ui/class-debrief/ClassDebrief.tsx';
import { setupI18n, showLanguage } from '../../../ui/i18n/index.ts';
import '../../../ui/styles.css';

const matches = (window as unknown as { __CLASS_MATCHES__?: ClassMatch[] }).__CLASS_MATCHES__;
setupI18n(new URLSearchParams(location.search).get('lang') ?? 'en');
showLanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ClassDebrief matches={matches ?? []} fileName="Class 7B" />
  </StrictMode>,
);

/**
 * The network pages' strings live in their own i18next namespace, `net` (en-net.ts, ru-net.ts), added
 * to the shared instance when a network page loads: the hot-seat board never carries them, and the
 * typed `translation` namespace stays as large as it was (its key union is already near the
 * compiler's depth limit). `useNetT` is the pages' `t`; a test checks every key they use exists.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from './catalogue.ts';
import { enNet } from './en-net.ts';
import { ruNet } from './ru-net.ts';

/** The `net` namespace in every shipped language. */
export const NET_LANGUAGES: Record<string, Catalogue> = { en: enNet, ru: ruNet };

export type NetT = (key: string, params?: Record<string, unknown>) => string;

let added = false;

/** Add the `net` namespace to i18next (once). */
function addNet(i18n: ReturnType<typeof useTranslation>['i18n']): void {
  if (added) return;
  added = true;
  for (const [lang, strings] of Object.entries(NET_LANGUAGES)) i18n.addResourceBundle(lang, 'net', strings, true, true);
}

/** The network pages' translate function, in the page's language (re-rendered on a change). */
export function useNetT(): NetT {
  const { i18n } = useTranslation();
  addNet(i18n);
  const lang = i18n.language;
  return useMemo(() => {
    const t = i18n.getFixedT(lang, 'net' as never);
    return (key, params) => String((t as unknown as (k: string, p?: object) => string)(key, params));
  }, [i18n, lang]);
}

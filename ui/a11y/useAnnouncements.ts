/**
 * What a screen reader hears as the game moves on, and where the keyboard focus goes. New lines of the
 * game log are read politely (an event with its text), and when a decision falls to the power at the
 * device it hears whose turn it is and its IP; if the focus was lost (the button pressed has gone), it
 * moves to the turn panel's heading, so the next Tab reaches the actions. The count of lines already
 * read lives outside React, so what happened behind the privacy screen is read when the board returns,
 * and a resumed game does not read its whole history.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { eventCard, textIn, toMove, type GameState, type Power } from '../../game/index.ts';
import type { BotNote } from '../../game/ai/index.ts';
import { logLines } from '../view/logLines.ts';
import { powerName } from '../view/names.ts';
import { announce } from './announcer.ts';

/** Log entries already read out (null: no game seen yet on this page). */
let seen: number | null = null;

/** The log entry a log line starts at ("e12" → 12, "n12-china" → 12). */
const entryOf = (key: string) => Number(key.match(/^[en](\d+)/)?.[1] ?? -1);

export function useGameAnnouncements(view: GameState, notes: readonly BotNote[], viewer: Power | null): void {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;

  useEffect(() => {
    const count = view.log.length;
    if (seen === null || seen > count) {
      seen = count;
      return;
    }
    if (seen === count) return;
    const from = seen;
    seen = count;
    const lines = logLines(t, view, notes, lang).filter((l) => entryOf(l.key) >= from);
    const text = lines.map((l) => {
      const e = l.key.startsWith('e') ? view.log[entryOf(l.key)] : undefined;
      if (e?.t !== 'event') return l.text;
      const card = eventCard(view, e.card);
      return t('a11y.event', { title: textIn(card.title, lang), text: textIn(card.text, lang) });
    });
    announce(text.join(' '));
  }, [view, notes, t, lang]);

  const mine = viewer !== null && view.step !== 'ended' && toMove(view) === viewer;
  const decision = mine ? `${view.round}:${view.step}:${view.turn}` : '';
  useEffect(() => {
    if (!decision || !viewer) return;
    const key = view.step === 'event' ? 'panel.yourChoice' : 'panel.yourTurn';
    announce(`${t(key, { power: powerName(t, viewer) })}. ${t('panel.ip', { ip: view.ip[viewer] })}.`);
    const lost = !document.activeElement || document.activeElement === document.body;
    const heading = document.querySelector<HTMLElement>('[data-testid="turn"] h2');
    if (lost && heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
    // Only a new decision speaks: the view's other changes are read from the log.
  }, [decision]);
}

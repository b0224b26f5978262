/**
 * The projector window for hot-seat play: the teacher presses "Projector" on the board, a second
 * window opens at `/?projector`, and it follows the game in this browser live over a BroadcastChannel.
 * Only the spectator view — `viewFor(state, null)`, the view with every agenda blanked — is ever posted,
 * so nothing secret reaches the projector whoever is at the device. The game's window answers the
 * projector's "hello" (sent when it opens or reloads) and posts after every change from then on.
 */
import { createElement, useEffect, useState } from 'react';
import i18next from 'i18next';
import type { GameState } from '../../game/index.ts';
import { viewFor } from '../../game/view.ts';
import { ProjectorView, ProjectorWaiting } from '../../ui/projector/ProjectorView.tsx';
import type { Session } from './session.ts';

const CHANNEL = 'roof-of-the-world.projector';

/** What goes over the channel. */
export type ProjectorMessage =
  | { kind: 'hello' } // from a projector window: "send me the game"
  | { kind: 'game' } // from a game window: "a game is here" (a projector answers hello)
  | { kind: 'view'; view: GameState; language: string };

/** Open (or bring back) the projector window. */
export function openProjector(): void {
  window.open(`${window.location.pathname}?projector`, 'roof-of-the-world-projector');
}

/** The spectator view of a session's latest state: the only thing the projector is sent. */
export function spectatorView(session: Session): GameState {
  const states = session.statesNow();
  return viewFor(states[states.length - 1]!, null);
}

/**
 * The game window's side: once a projector has said hello, post the spectator view after every change
 * of the session (and of the language). Does nothing where BroadcastChannel is missing.
 */
export function useProjectorPublisher(session: Session, language: string): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    let listening = false;
    let last: GameState | null = null;
    const post = () => {
      if (!listening) return;
      const view = spectatorView(session);
      if (view === last) return;
      last = view;
      channel.postMessage({ kind: 'view', view, language: i18next.language || language } satisfies ProjectorMessage);
    };
    channel.onmessage = (e: MessageEvent<ProjectorMessage>) => {
      if (e.data?.kind !== 'hello') return;
      listening = true;
      last = null;
      post();
    };
    // Post after the board has painted the move, off the move's own frame.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = session.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(post, 0);
    });
    const onLanguage = () => {
      last = null;
      post();
    };
    i18next.on('languageChanged', onLanguage);
    // A projector already open (the game was left and resumed) hears of the game at once.
    channel.postMessage({ kind: 'game' } satisfies ProjectorMessage);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      i18next.off('languageChanged', onLanguage);
      channel.close();
    };
  }, [session, language]);
}

/** The projector window's side: say hello, then keep the latest view posted by the game's window. */
export function useProjectorFeed(): { view: GameState; language: string } | null {
  const [feed, setFeed] = useState<{ view: GameState; language: string } | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e: MessageEvent<ProjectorMessage>) => {
      const m = e.data;
      if (m?.kind === 'view') setFeed({ view: m.view, language: m.language });
      // A game window opened: ask it for the game.
      else if (m?.kind === 'game') channel.postMessage({ kind: 'hello' } satisfies ProjectorMessage);
    };
    channel.postMessage({ kind: 'hello' } satisfies ProjectorMessage);
    return () => channel.close();
  }, []);
  return feed;
}

/** The projector window's screen. */
export function ProjectorScreen() {
  const feed = useProjectorFeed();
  const language = feed?.language;
  useEffect(() => {
    if (language && i18next.language !== language) void i18next.changeLanguage(language);
  }, [language]);
  return feed
    ? createElement(ProjectorView, { view: feed.view, language: feed.language })
    : createElement(ProjectorWaiting);
}

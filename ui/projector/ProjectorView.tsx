/**
 * The projector view for the class: the public map, the round and whose turn it is, great-power
 * tension, the victory points after each scoring, this round's event and the latest lines of the log —
 * in type big enough to read from the back of a room at 1920×1080. It is given a spectator view
 * (`viewFor(state, null)`), and shows nothing that view would not: no agenda, no computer player's
 * reasoning (which may reason from its own agenda), no seat's private panel. Hot-seat play feeds it over a
 * BroadcastChannel (src/app/projector.ts), network matches from a spectator socket (`/watch/<CODE>`).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  POWERS,
  actingPower,
  controlledRegions,
  eventCard,
  inDangerZone,
  textIn,
  type GameState,
} from '../../game/index.ts';
import { MapView } from '../map/MapView.tsx';
import { PowerMark } from '../panel/PowerMark.tsx';
import { logLines } from '../view/logLines.ts';
import { powerName } from '../view/names.ts';
import './projector.css';

export interface ProjectorViewProps {
  /** A spectator view of the game (never a seat's view: a seat's view holds its agenda). */
  view: GameState;
  /** The language to show it in (the game's language on the teacher's device); the page's when omitted. */
  language?: string;
}

const NO_TARGETS = new Map<string, undefined>();
const NOTHING = () => {};
const LOG_LINES = 7;

export function ProjectorView({ view, language }: ProjectorViewProps) {
  const { i18n } = useTranslation();
  const lang = language ?? i18n.language;
  const t = useMemo(() => i18n.getFixedT(lang), [i18n, lang]);
  const acting = actingPower(view);
  const { max } = view.scenario.rules.tension;
  const danger = inDangerZone(view);
  const step = view.step === 'event' || view.step === 'actions' ? view.step : null;
  const scored = view.log.filter((e) => e.t === 'score');
  const lastRound = scored.length ? Math.max(...scored.map((e) => e.round)) : null;
  const gain = (p: string) =>
    scored.filter((e) => e.round === lastRound && e.power === p).reduce((sum, e) => sum + e.vp, 0);
  const ranked = [...POWERS].sort((a, b) => view.vp[b] - view.vp[a]);
  const lines = useMemo(() => logLines(t, view, [], lang).reverse().slice(0, LOG_LINES), [t, view, lang]);
  const card = view.event ? eventCard(view, view.event.card) : null;
  const chosen = card?.choice?.options.find((o) => o.id === view.event?.chosen);
  return (
    <div className="projector" data-testid="projector" data-round={view.round} data-step={view.step} lang={lang}>
      <header className="projector-head">
        <h1 className="projector-title">{t('projector.title')}</h1>
        <p className="projector-round" data-testid="projector-round">
          {t('projector.round', { round: view.round, rounds: view.scenario.rounds })}
        </p>
        <p className="projector-now">
          {view.step === 'ended'
            ? t('projector.ended')
            : [
                step ? t('projector.step', { step: t(`steps.${step}`) }) : '',
                acting ? t('projector.acting', { power: powerName(t, acting) }) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
        </p>
        <div
          className={danger ? 'projector-tension is-danger' : 'projector-tension'}
          data-testid="projector-tension"
          data-tension={view.tension}
        >
          <span>
            {danger ? '⚠ ' : ''}
            {t('projector.tension', { tension: view.tension, max })}
            {danger ? ` (${t('projector.danger')})` : ''}
          </span>
          <meter min={0} max={max} value={view.tension} aria-hidden="true" />
        </div>
      </header>
      <main className="projector-main">
        <div className="projector-map">
          <MapView view={view} targets={NO_TARGETS} selected={null} onPick={NOTHING} acting={acting} />
        </div>
        <aside className="projector-side">
          <section className="projector-scores" aria-labelledby="projector-scores-title">
            <h2 id="projector-scores-title">
              {t('projector.scores')}{' '}
              <span className="projector-sub">
                {lastRound === null ? t('projector.noScoring') : t('projector.lastScoring', { round: lastRound })}
              </span>
            </h2>
            <table data-testid="projector-scores" data-scored={lastRound ?? ''}>
              <tbody>
                {ranked.map((p) => (
                  <tr key={p} data-power={p} data-vp={view.vp[p]} className={p === acting ? 'is-acting' : undefined}>
                    <th scope="row">
                      <PowerMark power={p} withName />
                    </th>
                    <td className="projector-vp">{view.vp[p]}</td>
                    <td className="projector-gain">
                      {lastRound !== null && gain(p) > 0 ? t('projector.gain', { vp: gain(p) }) : ''}
                    </td>
                    <td className="projector-regions">
                      {controlledRegions(view, p).length} {t('projector.regions')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {card && (
            <section className="projector-event" aria-labelledby="projector-event-title">
              <p className="projector-sub">{t('projector.event')}</p>
              <h2 id="projector-event-title">{textIn(card.title, lang)}</h2>
              {card.choice && chosen && (
                <p>
                  {t('event.chosen', { power: powerName(t, card.choice.power), option: textIn(chosen.label, lang) })}
                </p>
              )}
            </section>
          )}
          <section className="projector-log" aria-labelledby="projector-log-title">
            <h2 id="projector-log-title">{t('projector.log')}</h2>
            <ol data-testid="projector-log">
              {lines.map((l) => (
                <li key={l.key} className={`tone-${l.tone}`}>
                  {l.text}
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </main>
    </div>
  );
}

/** What the projector window shows before the game's first state arrives. */
export function ProjectorWaiting() {
  const { t } = useTranslation();
  return (
    <div className="projector projector-waiting" data-testid="projector-waiting">
      <h1>{t('projector.waiting')}</h1>
      <p>{t('projector.waitingHint')}</p>
    </div>
  );
}

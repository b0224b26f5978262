/**
 * The end of the game: why it ended, the winners, final scores with every secret agenda revealed
 * (and what it scored), how the result compares with history, and the debrief.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { POWERS, textIn, type GameState, type Power } from '../../game/index.ts';
import { announce } from '../a11y/announcer.ts';
import { LanguagePicker } from '../i18n/LanguagePicker.tsx';
import { PowerMark } from '../panel/PowerMark.tsx';
import { listOf, powerName } from '../view/names.ts';
import { SourceTag } from '../debrief/ProvenanceBadge.tsx';
import { DebriefSlot } from './DebriefSlot.tsx';

interface Props {
  state: GameState;
  onShowBoard: () => void;
  onNewGame: () => void;
  /** Open the debrief page or the replay of this game. */
  onDebrief?: (mode: 'debrief' | 'replay') => void;
}

export function EndScreen({ state, onShowBoard, onNewGame, onDebrief }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const result = state.result;
  const heading = useRef<HTMLHeadingElement>(null);
  const said = result
    ? `${t('end.heading')}. ${t('end.winner', {
        count: result.winners.length,
        winners: listOf(
          result.winners.map((p) => powerName(t, p)),
          lang,
        ),
      })}`
    : '';
  useEffect(() => {
    heading.current?.focus();
    announce(said);
  }, [said]);
  if (!result) return null;
  const agendaVp = new Map<Power, number>();
  for (const e of state.log) if (e.t === 'agenda') agendaVp.set(e.power, e.vp);
  const ranked = [...POWERS].sort((a, b) => result.scores[b] - result.scores[a]);
  const winners = listOf(
    result.winners.map((p) => powerName(t, p)),
    lang,
  );
  return (
    <main className="end" data-testid="end" aria-labelledby="end-title">
      <LanguagePicker />
      <h1 id="end-title" ref={heading} tabIndex={-1}>
        {t('end.heading')}
      </h1>
      <p className="end-reason">
        {t('end.reason', { reason: t(`endReason.${result.reason}`) })}
        {result.blamed && (
          <>
            {' '}
            {t('end.blamed', {
              power: powerName(t, result.blamed),
              penalty: state.scenario.rules.tension.crisisPenalty,
            })}
          </>
        )}
      </p>
      <p className="winners" data-testid="winners">
        {t('end.winner', { count: result.winners.length, winners })}
      </p>
      <table className="final">
        <caption>{t('end.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('end.power')}</th>
            <th scope="col">{t('end.total')}</th>
            <th scope="col">{t('end.agenda')}</th>
            <th scope="col">{t('end.agendaVp')}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((p) => {
            const id = state.agendas?.[p];
            const agenda = state.scenario.agendas.find((a) => a.id === id);
            return (
              <tr key={p} className={result.winners.includes(p) ? 'is-winner' : undefined} data-power={p}>
                <th scope="row">
                  <PowerMark power={p} /> {powerName(t, p)}
                  {result.winners.includes(p) && ' ★'}
                </th>
                <td>{result.scores[p]}</td>
                <td>
                  {agenda && (
                    <>
                      <strong>{textIn(agenda.title, lang)}</strong> — {textIn(agenda.text, lang)}
                    </>
                  )}
                </td>
                <td>{agendaVp.get(p) ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <section className="history" aria-labelledby="history-title">
        <h2 id="history-title">{t('end.history')}</h2>
        <p>{textIn(state.scenario.history.outcome, lang)}</p>
        <SourceTag source={state.scenario.history.source} />
      </section>
      <DebriefSlot state={state} onOpen={onDebrief} />
      <div className="confirm-row">
        <button type="button" onClick={onShowBoard} data-testid="show-board">
          {t('end.showBoard')}
        </button>
        <button type="button" className="primary" onClick={onNewGame} data-testid="new-game">
          {t('end.newGame')}
        </button>
      </div>
    </main>
  );
}

/**
 * The board's warnings in both languages: a computer player that failed (how, and the legal move
 * played instead) and a game that could not be saved — announced as alerts, with no key or parameter
 * left unfilled.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { getScenario, newGame } from '../../game/index.ts';
import { i18next, setupI18n } from '../i18n/index.ts';
import { BoardAlerts } from './Alerts.tsx';

setupI18n('en');
const view = newGame(getScenario('autumn-2016')!, 1);

afterAll(() => i18next.changeLanguage('en'));

describe('BoardAlerts', () => {
  it('is empty when nothing failed', () => {
    expect(renderToStaticMarkup(<BoardAlerts view={view} botFailure={null} saveFailed={false} />)).toBe('');
  });

  it.each([
    ['en', 'could not decide', 'could not be saved'],
    ['ru', 'не смог принять решение', 'не удалось сохранить'],
  ])('in %s names the power, the level, the fallback and the failed save', async (lang, threw, unsaved) => {
    await i18next.changeLanguage(lang);
    const html = renderToStaticMarkup(
      <BoardAlerts
        view={view}
        botFailure={{ power: 'china', bot: 'planner', problem: 'threw', fallback: { kind: 'choose', option: 'x' } }}
        saveFailed
        onDismissBotFailure={() => {}}
      />,
    );
    expect(html).toContain('data-testid="bot-failure"');
    expect(html).toContain('data-testid="save-failed"');
    expect(html.match(/role="alert"/g)).toHaveLength(2);
    expect(html).toContain(threw);
    expect(html).toContain(i18next.t('power.china'));
    expect(html).toContain(unsaved);
    expect(html).toContain(i18next.t('action.describe.choose', { option: 'x' }));
    expect(html).toContain(i18next.t('bots.planner'));
    expect(html).not.toMatch(/\{\{|alerts\./);
  });

  it('says when not even a fallback could be played', () => {
    const html = renderToStaticMarkup(
      <BoardAlerts
        view={view}
        botFailure={{ power: 'russia', bot: 'novice', problem: 'illegal', fallback: null }}
        saveFailed={false}
      />,
    );
    expect(html).toContain(i18next.t('alerts.botStuck'));
    expect(html).not.toContain('dismiss-bot-failure');
  });
});

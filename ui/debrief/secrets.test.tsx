/**
 * While secrets remain (the game has not ended), nothing the debrief or the replay shows, names or
 * downloads carries the seed, the deal, the random state or a dealt agenda: in hot-seat play the seed
 * and the deal decide every agenda. Once the game has ended, the seed and the deal may be shown.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  applyInPlace,
  exportCsv,
  exportFileName,
  initialState,
  newRecord,
  replay,
  textIn,
  toMove,
  withMove,
  type GameRecord,
  type GameState,
} from '../../game/index.ts';
import { getBot } from '../../game/ai/index.ts';
import { getScenario } from '../../game/scenarios/index.ts';
import { viewFor } from '../../game/view.ts';
import { setupI18n } from '../i18n/index.ts';
import { ReplayViewer } from '../replay/ReplayViewer.tsx';
import { DebriefView } from './DebriefView.tsx';
import DebriefScreen from './DebriefScreen.tsx';

setupI18n('en');
const scenario = getScenario('autumn-2016')!;
const SEED = 'class-7B-secret-9q';
const DEAL = 3141592653;

/** A game with a deal, played by random bots for `moves` moves (or to its end). */
function play(moves: number): { record: GameRecord; states: GameState[] } {
  const s = initialState(scenario, SEED);
  let record = withMove(newRecord(scenario, SEED), s.order[0]!, { kind: 'start', deal: DEAL });
  applyInPlace(s, s.order[0]!, { kind: 'start', deal: DEAL });
  const bot = getBot('random')!;
  const rng = { rng: 77 };
  for (let power = toMove(s); power !== null && record.moves.length < moves; power = toMove(s)) {
    const { move } = bot.decide(viewFor(s, power), power, rng);
    if (applyInPlace(s, power, move)) throw new Error(`illegal ${move.kind}`);
    record = withMove(record, power, move);
  }
  const states = replay(record);
  if (!states.ok) throw new Error('replay failed');
  return { record, states: states.value };
}

/** Every string that would give a secret away: the seed, the deal, the random state, each dealt agenda. */
function secretsOf(states: readonly GameState[]): string[] {
  const final = states[states.length - 1]!;
  const agendas = Object.values(final.agendas!).flatMap((id) => {
    const agenda = scenario.agendas.find((a) => a.id === id)!;
    return [id, textIn(agenda.title, 'en'), textIn(agenda.title, 'ru')];
  });
  return [SEED, String(DEAL), ...new Set(states.map((s) => String(s.rng))), ...agendas];
}

const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;');

describe('the mid-game debrief keeps the secrets', () => {
  const { record, states } = play(12);
  const secrets = secretsOf(states);

  it('is a game in progress with agendas dealt', () => {
    expect(states.at(-1)!.step).not.toBe('ended');
    expect(states.at(-1)!.agendas).not.toBeNull();
  });

  it.each([
    ['the debrief page', () => renderToStaticMarkup(<DebriefView record={record} states={states} midGame />)],
    ['an unfinished game opened from a file', () => renderToStaticMarkup(<DebriefView record={record} />)],
    [
      'the teacher screen',
      () =>
        renderToStaticMarkup(
          <DebriefScreen record={record} states={states} midGame backLabel="Back" onBack={() => {}} />,
        ),
    ],
    ['the replay, at its start', () => renderToStaticMarkup(<ReplayViewer record={record} />)],
    [
      'the replay, at its last step',
      () => renderToStaticMarkup(<ReplayViewer record={record} start={record.moves.length} />),
    ],
  ])('%s shows no seed, deal, random state or agenda', (_, render) => {
    const html = render();
    for (const secret of secrets) expect(html).not.toContain(escaped(secret));
  });

  it('offers no game file, and names the CSV without the seed', () => {
    const html = renderToStaticMarkup(<DebriefView record={record} states={states} midGame />);
    expect(html).not.toContain('data-testid="export-json"');
    for (const extension of ['csv', 'json'] as const) {
      const name = exportFileName(record, extension, states.at(-1)!);
      for (const secret of secrets.filter((x) => /^[A-Za-z0-9-]{4,}$/.test(x))) expect(name).not.toContain(secret);
      expect(name).toBe(`autumn-2016-round-${states.at(-1)!.round}.${extension}`);
    }
  });

  it('downloads a CSV that carries no secret', () => {
    const csv = exportCsv(record, states);
    for (const secret of secrets) expect(csv).not.toContain(secret);
  });
});

describe('after the end', () => {
  const { record, states } = play(Infinity);

  it('the seed and the deal are shown, and the file names carry the seed', () => {
    expect(states.at(-1)!.step).toBe('ended');
    const html = renderToStaticMarkup(<DebriefView record={record} states={states} />);
    expect(html).toContain(SEED);
    expect(html).toContain(String(DEAL));
    expect(html).toContain('data-testid="export-json"');
    expect(exportFileName(record, 'csv', states.at(-1)!)).toBe(`autumn-2016-seed-${SEED}.csv`);
  });
});

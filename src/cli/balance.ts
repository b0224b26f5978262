/**
 * `npm run balance -- [--scenario <id>] [--games 1000] [--seed 1] [--levels …] [--workers 2] [--json]`
 *
 * GAME.md's balance report: plays each shipped scenario headless at each bot level (greedy, planner,
 * strategist-quick at its fixed futures a decision) with one bot in every seat, plus the passive baseline
 * (the passive bot in one seat, the reference bot — planners unless `--reference greedy` — in the others, each seat in turn, on its seeds), and
 * the planner's and the greedy bot's games again with only the bots' tie-breaks re-rolled (the planner
 * draws nothing from its rng, so its figure is 100% by construction; the greedy bot breaks ties at random). Every figure is printed beside
 * its target. Seeded and reproducible: the figures depend only on the arguments, never on the workers.
 * Games run on worker threads (`runner.ts`); the figures are pure functions in `game/sim/`.
 */
import { getBot } from '../../game/ai/index.ts';
import { QUICK_FUTURES } from '../../game/ai/search.ts';
import { SCENARIO_IDS, getScenario } from '../../game/scenarios/index.ts';
import { duplicateFigure, levelFigures, passiveFigures } from '../../game/sim/balance.ts';
import { CLOCK } from '../../game/sim/measures.ts';
import { textIn } from '../../game/text.ts';
import { POWERS, byPower, type ByPower } from '../../game/vocabulary.ts';
import type { GameFacts } from '../../game/sim/facts.ts';
import { balanceUsage, parseBalanceArgs, type BalanceOptions } from './balance-args.ts';
import { formatBalance, type LevelReport, type ScenarioReport } from './balance-report.ts';
import { figures as duplicateFigures, runDuplicate } from './duplicate.ts';
import { progress } from './progress.ts';
import { runFacts } from './runner.ts';

const STRENGTH_PAIRS: [string, string][] = [
  ['strategist', 'planner'],
  ['planner', 'greedy'],
  ['greedy', 'random'],
];
/** Futures a decision of the strategist in the --strength head-to-heads. */
const FUTURES = 100;
const SALT = 'reroll';

/** How many games a run plays, for the progress bar. */
function totalGames(o: BalanceOptions): number {
  const perScenario = o.levels.reduce((n, level) => {
    if (level === 'strategist-quick') return n + o.searchGames;
    if (level === 'planner' || level === 'greedy') return n + 2 * o.games;
    if (level === 'passive') return n + POWERS.length * o.games + (o.levels.includes(o.reference) ? 0 : o.games);
    return n + o.games;
  }, 0);
  const strength = o.strength ? STRENGTH_PAIRS.length * o.strengthSeeds * 6 : 0;
  return o.scenarios.length * (perScenario + strength);
}

async function scenarioReport(
  id: string,
  o: BalanceOptions,
  bar: ReturnType<typeof progress>,
): Promise<ScenarioReport> {
  const scenario = getScenario(id)!;
  const ctx = { tensionDanger: scenario.rules.tension.danger, exemptWinRates: id === 'tutorial' };
  const play = (bots: ByPower<string>, games: number, what: string, salt?: string): Promise<GameFacts[]> => {
    let seen = 0;
    return runFacts(
      { scenario: id, seed: o.seed, games, bots, workers: o.workers, ...(salt === undefined ? {} : { salt }) },
      (done) => {
        bar.add(done - seen, `${id} ${what}`);
        seen = done;
      },
    );
  };
  const levels: LevelReport[] = [];
  let reference: GameFacts[] | null = null;
  for (const level of o.levels) {
    if (level === 'passive') {
      reference ??= await play(
        byPower(() => o.reference),
        o.games,
        o.reference,
      );
      const passive = {} as ByPower<GameFacts[]>;
      for (const p of POWERS)
        passive[p] = await play(
          byPower((q) => (q === p ? 'passive' : o.reference)),
          o.games,
          `passive ${p}`,
        );
      levels.push({
        level: 'passive',
        games: o.games * POWERS.length,
        figures: passiveFigures(passive, reference, o.reference),
      });
      continue;
    }
    const games = level === 'strategist-quick' ? o.searchGames : o.games;
    const facts = await play(
      byPower(() => level),
      games,
      level,
    );
    let rerolled: GameFacts[] | undefined;
    if (level === o.reference) reference = facts;
    if (level === 'planner' || level === 'greedy') {
      rerolled = await play(
        byPower(() => level),
        games,
        `${level} re-rolled`,
        SALT,
      );
    }
    levels.push({ level, games, figures: levelFigures(facts, ctx, rerolled) });
  }
  const report: ScenarioReport = { id, title: textIn(scenario.title, 'en'), levels };
  if (o.strength) {
    const d = {
      scenario: id,
      seeds: o.strengthSeeds,
      seed: o.seed,
      pairs: STRENGTH_PAIRS,
      futures: FUTURES,
      workers: o.workers,
    };
    let seen = 0;
    const results = await runDuplicate(d, (done) => {
      bar.add(done - seen, `${id} strength`);
      seen = done;
    });
    report.strength = {
      seeds: o.strengthSeeds,
      futures: FUTURES,
      pairs: duplicateFigures(d, results).map((p) => ({ ...p, figure: duplicateFigure(p.x, p.y, p.beat) })),
    };
  }
  return report;
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseBalanceArgs(argv, SCENARIO_IDS);
  if (parsed.kind === 'help') {
    process.stdout.write(`${balanceUsage(SCENARIO_IDS)}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`balance: ${parsed.message} (see --help)\n`);
    return 2;
  }
  const o = parsed.options;
  const needed = [...o.levels, ...(o.levels.includes('passive') ? [o.reference] : [])];
  for (const id of needed) if (!getBot(id)) throw new Error(`the balance bot "${id}" is not registered`);
  const bar = progress('balance', totalGames(o));
  const started = performance.now();
  const reports: ScenarioReport[] = [];
  try {
    for (const id of o.scenarios) reports.push(await scenarioReport(id, o, bar));
  } catch (e) {
    bar.done();
    process.stderr.write(`balance: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  bar.done();
  const seconds = (performance.now() - started) / 1000;
  if (o.json) {
    const out = {
      seed: o.seed,
      games: o.games,
      searchGames: o.searchGames,
      workers: o.workers,
      reference: o.reference,
      seconds,
      scenarios: reports,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  const header = [
    `Balance report: seed ${o.seed}, ${o.games} games a level (strategist-quick ${o.searchGames}, ${QUICK_FUTURES} futures a decision);`,
    `passive: the passive bot in one seat, ${o.reference} bots in the rest, ${o.games} games a seat on the ${o.reference}'s seeds.`,
  ].join('\n');
  const footer = [
    `Lesson clock: ${CLOCK.decision} s a group decision, ${CLOCK.handoff} s a device hand-off (the deciding power changes), ${CLOCK.event} s an event card, on the bots' games.`,
    "Group decisions: operations (one a turn) and event choices; a host's door changes are part of its turn's decision, not extra ones.",
    "Doors open: 'requests or offers accepted' under Rules 2.0 (consent is a door): the share of doors open, each host in play",
    "× each other power, sampled at every round's end. Tension's danger zone: the scenario's rules.tension.danger.",
    'Hosts (pass rate): every power with regions on the board but Russia and China. Ties share the win.',
    'The tutorial is exempt from the win-rate rows.',
    "Tie-breaks re-rolled: the same seeds with a salt on the bots' rngs; the planner draws nothing from its rng.",
    `Played in ${seconds.toFixed(0)} s on ${o.workers} worker thread${o.workers === 1 ? '' : 's'}.`,
  ].join('\n');
  process.stdout.write(`${formatBalance(reports, header, footer)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

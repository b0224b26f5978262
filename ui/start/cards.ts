/**
 * What the start screen shows of each scenario, and which computer players it offers, worked out from
 * the game's own data: `scenarioCard` runs at build time (the `virtual:rotw-start` module, see
 * vite.config.ts) over the shipped scenarios, so the first screen carries these few fields and none of
 * the engine; a teacher's own scenario, once loaded, gets its card from the same function in the page.
 */
import { lessonEstimate, type LessonEstimate } from '../../game/lesson.ts';
import type { LocalText, Scenario } from '../../game/schema.ts';

export interface ScenarioCard {
  id: string;
  title: LocalText;
  summary: LocalText;
  startDate: LocalText;
  rounds: number;
  /** The lesson clock of a full game with five groups (game/lesson.ts). */
  lesson: LessonEstimate;
  /** A guided game (the scenario has tutorial steps). */
  tutorial: boolean;
}

/** The start screen's data: the shipped scenarios' cards in order, and the computer players by id. */
export interface StartData {
  cards: ScenarioCard[];
  /** The levels offered first, weakest first (game/ai/levels.ts). */
  levels: string[];
  /** Every other bot in the registry (for testing and demonstrations). */
  otherBots: string[];
}

export function scenarioCard(s: Scenario): ScenarioCard {
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    startDate: s.startDate,
    rounds: s.rounds,
    lesson: lessonEstimate(s),
    tutorial: (s.tutorial?.length ?? 0) > 0,
  };
}

/** The engine's public API. Everything outside `game/` imports from here. */
export * from './vocabulary.ts';
export * from './result.ts';
export * from './schema.ts';
export * from './state.ts';
export * from './scenario.ts';
export * from './setup.ts';
export * from './selectors.ts';
export * from './moves.ts';
export * from './legal.ts';
export * from './engine.ts';
export * from './fast.ts';
export { eventCard } from './round.ts';
export { SCENARIOS, SCENARIO_IDS, getScenario } from './scenarios/index.ts';
export * from './text.ts';
export * from './record.ts';

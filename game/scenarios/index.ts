/**
 * The scenarios that ship with the game, validated when this module loads: a shipped scenario that
 * fails its own schema is a bug, so it throws here rather than at a classroom's first move.
 */
import { formatProblem } from '../result.ts';
import { loadScenario } from '../scenario.ts';
import type { Scenario } from '../schema.ts';
import autumn2016 from './autumn-2016.json' with { type: 'json' };

function shipped(data: unknown, file: string): Scenario {
  const loaded = loadScenario(data);
  if (!loaded.ok) throw new Error(`${file} is invalid:\n${loaded.error.map(formatProblem).join('\n')}`);
  return loaded.value;
}

export const SCENARIOS: Readonly<Record<string, Scenario>> = {
  'autumn-2016': shipped(autumn2016, 'autumn-2016.json'),
};

export const SCENARIO_IDS = Object.keys(SCENARIOS);

export function getScenario(id: string): Scenario | undefined {
  return Object.prototype.hasOwnProperty.call(SCENARIOS, id) ? SCENARIOS[id] : undefined;
}

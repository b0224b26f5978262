/**
 * The scenarios that ship with the game, validated when this module loads: a shipped scenario that
 * fails its own schema is a bug, so it throws here rather than at a classroom's first move.
 * The order is the start screen's (the first is its default): the article's own moment, the tutorial, the
 * counterfactual 2009–2012 scenario, then the two speculative futures.
 */
import { formatProblem } from '../result.ts';
import { loadScenario } from '../scenario.ts';
import type { Scenario } from '../schema.ts';
import autumn2016 from './autumn-2016.json' with { type: 'json' };
import doorCloses from './door-closes.json' with { type: 'json' };
import lease2042 from './lease-2042.json' with { type: 'json' };
import moscow2009 from './moscow-2009.json' with { type: 'json' };
import tutorial from './tutorial.json' with { type: 'json' };

function shipped(data: unknown, file: string): Scenario {
  const loaded = loadScenario(data);
  if (!loaded.ok) throw new Error(`${file} is invalid:\n${loaded.error.map(formatProblem).join('\n')}`);
  return loaded.value;
}

const SHIPPED: Record<string, [data: unknown, file: string]> = {
  'autumn-2016': [autumn2016, 'autumn-2016.json'],
  tutorial: [tutorial, 'tutorial.json'],
  'moscow-2009': [moscow2009, 'moscow-2009.json'],
  'door-closes': [doorCloses, 'door-closes.json'],
  'lease-2042': [lease2042, 'lease-2042.json'],
};

/**
 * The shipped scenarios, each checked and loaded the first time it is read (then kept): loading all
 * five when this module is evaluated was one 100 ms task on the start page, which needs one of them.
 */
export const SCENARIOS: Readonly<Record<string, Scenario>> = Object.freeze(
  Object.defineProperties(
    {} as Record<string, Scenario>,
    Object.fromEntries(
      Object.entries(SHIPPED).map(([id, [data, file]]) => {
        let loaded: Scenario | undefined;
        return [id, { enumerable: true, get: () => (loaded ??= shipped(data, file)) }];
      }),
    ),
  ),
);

export const SCENARIO_IDS = Object.keys(SCENARIOS);

/** A shipped scenario by id, or undefined. */
export function getScenario(id: string): Scenario | undefined {
  return Object.prototype.hasOwnProperty.call(SCENARIOS, id) ? SCENARIOS[id] : undefined;
}

/**
 * The operations' sentences with a scenario's numbers, for a power card: the "How to play" strings
 * (`rules.ops.*`) filled from `scenario.rules`, so the card never holds a number of its own.
 */
import type { Power, Scenario } from '../../game/index.ts';
import type { T } from '../view/names.ts';

/** Each operation's sentence for `power` (its own special only), in order. */
export function operationLines(t: T, rules: Scenario['rules'], power: Power): { op: string; text: string }[] {
  const r = rules;
  return [
    {
      op: 'aid',
      text: t(r.aid.domesticThreatReduction > 0 ? 'rules.ops.aid' : 'rules.ops.aidNoDomestic', {
        maxSize: r.aid.maxSize,
        cost: r.aid.cost,
        influence: r.aid.influence,
        domestic: r.aid.domesticThreatReduction,
      }),
    },
    {
      op: 'base',
      text: t('rules.ops.base', {
        build: r.base.buildCost,
        expand: r.base.expandCost,
        maxLevel: r.base.maxLevel,
        influence: r.base.influence,
        suppression: r.base.threatSuppression,
        tension: r.base.tension,
      }),
    },
    {
      op: 'exercise',
      text: t('rules.ops.exercise', {
        maxSize: r.exercise.maxSize,
        cost: r.exercise.cost,
        coalitionCost: r.exercise.coalitionCost,
        threat: r.exercise.threatReduction,
        influence: r.exercise.actorInfluence,
        partner: r.exercise.partnerInfluence,
        tension: r.exercise.tension,
      }),
    },
    {
      op: 'coalition',
      text: t('rules.ops.coalition', {
        found: r.coalition.foundCost,
        join: r.coalition.joinCost,
        leave: r.coalition.leaveCost,
        leaveTension: r.coalition.leaveTension,
        jointThreat: r.coalition.jointThreat,
        jointInfluence: r.coalition.jointInfluence,
        doubleTension: r.coalition.doubleTension,
      }),
    },
    { op: 'special', text: t(`rules.ops.special.${power}`, { ...r.special[power] }) },
    { op: 'pass', text: t('rules.ops.pass', { carryOver: r.income.carryOver }) },
  ];
}

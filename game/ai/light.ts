/**
 * The light policy: the planner's flowchart boxes without its weighing, cheap enough to play every
 * seat of thousands of playouts a second. What each power wants (its regions in order of interest, its
 * security lines, whether bases or partners score) is worked out once per world and kept; each
 * decision is then a few checks per region. Seen only inside the search level's playouts, where each
 * power reads its own (sampled) agenda from the world it is played in.
 */
import { checkMove, type Move } from '../moves.ts';
import { controller } from '../selectors.ts';
import type { GameState, Request } from '../state.ts';
import { hostOf, type Power, type RegionId } from '../vocabulary.ts';
import { aimsOf, controlGap, interest } from './aims.ts';
import type { Bot, Decision } from './bot.ts';
import { because } from './explain.ts';
import { chooseOption } from './respond.ts';
import { cutThreat, friendly, type Situation } from './tactics.ts';
import { randomInt } from '../rng.ts';

/** What a power wants, worked out once per world. */
interface Profile {
  x: Situation;
  /** Regions it cares about, most first. */
  cared: RegionId[];
  /** Security lines: region → the highest threat it wants there. */
  lines: Map<RegionId, number>;
  control: Set<RegionId>;
  deny: Set<RegionId>;
  bases: boolean;
  partners: boolean;
}

function profile(s: GameState, me: Power): Profile {
  const aims = aimsOf(s, me);
  const care = interest(s, aims);
  const ranked = [...care.keys()].sort((a, b) => (care.get(b) ?? 0) - (care.get(a) ?? 0));
  const lines = new Map<RegionId, number>();
  const control = new Set<RegionId>();
  const deny = new Set<RegionId>();
  for (const a of aims) {
    const o = a.objective;
    if (o.type === 'security') for (const id of o.regions) lines.set(id, Math.min(lines.get(id) ?? 99, o.maxThreat));
    if (o.type === 'control') for (const id of o.regions) control.add(id);
    if (o.type === 'noForeignControl' || o.type === 'control') for (const id of o.regions) deny.add(id);
  }
  return {
    x: { s, me, aims, care, ranked },
    cared: ranked.filter((id) => (care.get(id) ?? 0) > 0),
    lines,
    control,
    deny,
    bases: aims.some((a) => a.objective.type === 'bases'),
    partners: aims.some((a) => a.objective.type === 'coalitionPartners'),
  };
}

const ok = (s: GameState, me: Power, m: Move) => checkMove(s, me, m) === null;
const act = (move: Move): Decision => ({ move, why: because('goal') });

/** Answer by friendship, except a base that would hand a region I guard to a foreign power. */
function answer(s: GameState, me: Power, r: Request, prof: Profile): boolean {
  if (!friendly(s, me, r.from)) return false;
  if (r.kind === 'baseConsent' && prof.deny.has(r.region)) return controlGap(s, r.region, r.from) > 1;
  return true;
}

function action(s: GameState, me: Power, prof: Profile, rng: { rng: number }): Move {
  const x = { ...prof.x, s };
  const reach = s.scenario.rules.aid.influence;
  if (s.ip[me] < Math.min(s.scenario.rules.aid.cost, s.scenario.rules.exercise.coalitionCost)) return { kind: 'pass' };
  for (const id of prof.cared) {
    const r = s.regions[id]!;
    const line = prof.lines.get(id);
    if (r.threat > r.stability || (line !== undefined && r.threat > line && r.threat - 2 <= line)) {
      const m = cutThreat(x, id);
      if (m) return m;
    }
    if (prof.control.has(id) && controller(s, id) !== me && controlGap(s, id, me) <= reach) {
      const m: Move = { kind: 'aid', region: id };
      if (ok(s, me, m)) return m;
    }
    if (prof.deny.has(id)) {
      const c = controller(s, id);
      if (c !== null && c !== me && ok(s, me, { kind: 'aid', region: id })) return { kind: 'aid', region: id };
    }
  }
  if (prof.bases && randomInt(rng, 2) === 0) {
    for (const id of prof.cared.length ? prof.cared : prof.x.ranked) {
      const host = hostOf(id);
      if ((host === me || friendly(s, me, host)) && ok(s, me, { kind: 'base', region: id }))
        return { kind: 'base', region: id };
    }
  }
  if (prof.partners) {
    for (const c of s.coalitions) {
      if (!c.members.includes(me) && friendly(s, me, c.leader) && ok(s, me, { kind: 'join', coalition: c.id }))
        return { kind: 'join', coalition: c.id };
    }
  }
  const open = prof.cared.filter((id) => s.regions[id]!.influence[me] < s.scenario.rules.maxInfluence);
  if (open.length) {
    // Mostly the top region, sometimes the next ones: futures should not all look alike.
    const id = open[Math.min(open.length - 1, randomInt(rng, 3) === 0 ? randomInt(rng, open.length) : 0)]!;
    if (ok(s, me, { kind: 'aid', region: id })) return { kind: 'aid', region: id };
  }
  return { kind: 'pass' };
}

/**
 * A light policy bound to one world: profiles are computed on first use for each power and kept for
 * the rest of the playout (a new world needs a new policy).
 */
export function lightPolicy(): Bot {
  const profiles = new Map<Power, Profile>();
  return {
    id: 'light',
    label: 'Light playout policy',
    decide(s, me, rng) {
      let prof = profiles.get(me);
      if (!prof) profiles.set(me, (prof = profile(s, me)));
      if (s.step === 'event') return chooseOption(s, me, prof.x.aims);
      const r = s.requests[0];
      if (r) return act({ kind: 'answer', accept: answer(s, me, r, prof) });
      return act(action(s, me, prof, rng));
    },
  };
}

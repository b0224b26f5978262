/**
 * Why a computer player did what it did, as data the UI can translate: a reason code, its parameters
 * (ids and numbers, never English), and the English clause ("because threat there reached 4").
 * `sentence` builds the whole line a log shows in English: "Russia (computer) expanded its base in
 * Khatlon because threat in Khatlon reached 4, above its stability of 2."
 */
import type { Move } from '../moves.ts';
import type { Objective } from '../schema.ts';
import { baseOf } from '../effects.ts';
import type { GameState } from '../state.ts';
import { POWER_NAMES, REGION_CATALOGUE, hostOf, isPower, isRegionId, type Power } from '../vocabulary.ts';
import type { Decision, Explanation } from './bot.ts';

type Params = Record<string, string | number>;

const name = (v: string | number | undefined): string => {
  if (typeof v === 'number') return String(v);
  if (v === undefined) return '?';
  if (isRegionId(v)) return REGION_CATALOGUE[v].name;
  if (isPower(v)) return POWER_NAMES[v];
  return v;
};

/** English names of a comma-separated list of ids: "Kabul, Kunduz and Badakhshan". */
export function listNames(ids: string): string {
  const names = ids.split(',').filter(Boolean).map(name);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A goal in a few English words, from its parameters (see `goalParams`). */
function goalText(p: Params): string {
  const regions = listNames(String(p.regions ?? ''));
  switch (p.goal) {
    case 'control':
      return `control of ${regions}`;
    case 'influence':
      return `influence in ${regions}`;
    case 'bases':
      return 'more base levels';
    case 'coalitionPartners':
      return 'more coalition partners';
    case 'security':
      return `threat kept low in ${regions}`;
    case 'noForeignControl':
      return `no foreign control of ${regions}`;
    case 'outweigh':
      return `more influence than ${name(p.rival)} in ${regions}`;
    case 'aidReceived':
      return `aid from ${listNames(String(p.from ?? ''))}`;
    case 'lowTension':
      return 'low great-power tension';
    case 'fees':
      return 'door fees';
    case 'notMember':
      return 'staying out of a bloc';
    case 'blocAtMost':
      return 'keeping a rival bloc small';
    default:
      return String(p.goal);
  }
}

/** The parameters that name a goal: its type and what it is about. */
export function goalParams(o: Objective): Params {
  const p: Params = { goal: o.type };
  if ('regions' in o) p.regions = o.regions.join(',');
  if (o.type === 'outweigh') p.rival = o.rival;
  if (o.type === 'aidReceived') p.from = o.from.join(',');
  return p;
}

/** English clause for each reason code; the UI keeps its own translations keyed by the same codes. */
const CLAUSES: Record<string, (p: Params) => string> = {
  threat: (p) => `threat in ${name(p.region)} reached ${p.threat}, above its stability of ${p.stability}`,
  security: (p) => `it wants threat in ${name(p.region)} at ${p.max} or less, and it is ${p.threat}`,
  takeControl: (p) => `that could give it control of ${name(p.region)}`,
  holdControl: (p) => `${name(p.rival)} was closing in on its control of ${name(p.region)}`,
  denyControl: (p) => `${name(p.rival)} was about to take control of ${name(p.region)}`,
  bases: (p) => `each base level is worth ${p.vp} VP to it`,
  partners: (p) => `each coalition partner is worth ${p.vp} VP to it`,
  joint: (p) => `its bloc partner ${name(p.partner)} also acts in ${name(p.region)}, so together they push threat back`,
  multiVector: (p) => `keeping its doors open to the great powers brings it ${p.ip} IP`,
  leaveBloc: () => `its goal is to stay out of that bloc`,
  goal: (p) => `it serves its goal: ${goalText(p)}`,
  ahead: (p) => `looking ahead to the end of next round, it serves its goal: ${goalText(p)}`,
  lookahead: () => `looking ahead to the end of next round, this leaves it best placed`,
  income: () => `it brings it more IP for next round`,
  broke: () => `it has no IP left for anything it wants`,
  nothing: () => `nothing it could do was worth the cost`,
  doorClose: (p) => `${name(p.guest)} could take control of ${name(p.region)} through its open door`,
  doorOpen: (p) => `letting ${name(p.guest)} in at ${p.price} IP an operation brings it fees`,
  doorOpenAid: (p) => `it wants aid from ${name(p.guest)}, and aid comes only through an open door`,
  doorPrice: (p) => `${name(p.guest)} has used its door ${p.uses} times, so it now asks ${p.price} IP`,
  choose: (p) => `it serves its goal: ${goalText(p)}`,
  indifferent: () => `no option touches its goals`,
  onlyMove: () => `it was the only legal move`,
  random: () => `at random`,
  passive: () => `it never acts (the passive baseline)`,
  firstOption: () => `it takes the first option (the passive baseline)`,
};

/** An explanation from a code and its parameters, with the English clause filled in. */
export function because(code: string, params: Params = {}): Explanation {
  const clause = CLAUSES[code];
  return { code, params, text: clause ? `because ${clause(params)}` : code };
}

/** What a move does, in English, from the mover's side ("built a base in Khatlon"). */
export function moveText(view: GameState, power: Power, move: Move): string {
  switch (move.kind) {
    case 'start':
      return 'started the game';
    case 'choose':
      return `chose "${move.option}"`;
    case 'door':
      return move.price === null
        ? `closed its door to ${name(move.guest)}`
        : `opened its door to ${name(move.guest)} at ${move.price} IP`;
    case 'aid':
      return `sent aid of size ${move.size} to ${name(move.region)}`;
    case 'base': {
      const expand = view.regions[move.region] !== undefined && baseOf(view, move.region, power) !== undefined;
      if (hostOf(move.region) === power) return `${expand ? 'expanded' : 'built'} its garrison in ${name(move.region)}`;
      return `${expand ? 'expanded its' : 'built a'} base in ${name(move.region)}`;
    }
    case 'exercise':
      return hostOf(move.region) === power
        ? `held a security sweep of size ${move.size} in ${name(move.region)}`
        : `held an exercise of size ${move.size} with ${name(hostOf(move.region))} in ${name(move.region)}`;
    case 'found':
      return `founded a coalition with ${listNames(move.invitees.join(','))}`;
    case 'join':
      return `joined coalition ${move.coalition}`;
    case 'leave':
      return `left coalition ${move.coalition}`;
    case 'special':
      return move.region ? `used its special ability in ${name(move.region)}` : 'used its special ability';
    case 'pass':
      return 'passed';
  }
}

/** The log line in English: "Russia (computer) sent aid to Khatlon because …". */
export function sentence(view: GameState, power: Power, decision: Decision): string {
  return `${POWER_NAMES[power]} (computer) ${moveText(view, power, decision.move)} ${decision.why.text}.`;
}

/**
 * The game log in sentences. The engine keeps a structured log (`state.log`); this turns each entry
 * into a translated sentence with parameters, groups the per-power income and score entries of a round
 * into one line each, and slots in the computer players' reasons just before the lines their moves made.
 */
import { eventCard, hostOf, isRegionId, textIn, type GameState, type LogEntry, type Power } from '../../game/index.ts';
import { SPECIALS } from '../../game/ops/special.ts';
import type { BotNote } from '../../game/ai/index.ts';
import { describeMove } from './moveText.ts';
import { whyText } from '../i18n/why.ts';
import { coalitionName, listOf, powerList, powerName, regionName, type T } from './names.ts';

export type LogTone = 'round' | 'event' | 'action' | 'refusal' | 'threat' | 'score' | 'computer' | 'end';

export interface LogLine {
  /** Stable key: the index of the first log entry of the line (computer notes: negative). */
  key: string;
  round: number;
  tone: LogTone;
  text: string;
  power?: Power;
}

/**
 * Lines already written, by the log entry (or computer note) they start with: entries never change once
 * logged, so a long game's log is not re-translated on every move.
 */
const written = new WeakMap<object, { lang: string; line: LogLine; span: number }>();

/**
 * The same lines by content: a game replayed from its record (after an undo, or on resume) has new
 * entry objects with the same content, and its log should not be re-translated either.
 */
const byContent = new Map<string, { line: LogLine; span: number }>();

function recall(obj: object, key: () => string, lang: string): { line: LogLine; span: number } | undefined {
  const hit = written.get(obj);
  if (hit && hit.lang === lang) return hit;
  const same = byContent.get(key());
  if (same) written.set(obj, { lang, ...same });
  return same;
}

function remember(obj: object, key: () => string, lang: string, line: LogLine, span: number): void {
  written.set(obj, { lang, line, span });
  if (byContent.size > 20_000) byContent.clear();
  byContent.set(key(), { line, span });
}

/** Build the log's lines, oldest first. */
export function logLines(t: T, view: GameState, notes: readonly BotNote[], lang: string): LogLine[] {
  const founders = new Map<string, Power>();
  for (const e of view.log) if (e.t === 'formed' && e.members[0]) founders.set(e.coalition, e.members[0]);
  const coalition = (id: string) => coalitionName(t, view, id, lang, founders.get(id));
  const pn = (p: Power) => powerName(t, p);
  const lines: LogLine[] = [];
  const byAt = new Map<number, BotNote[]>();
  for (const n of notes) byAt.set(n.at, [...(byAt.get(n.at) ?? []), n]);
  let round = 0;
  const log = view.log;
  for (let i = 0; i < log.length; i++) {
    for (const n of byAt.get(i) ?? []) {
      const noteKey = () => `${view.scenario.id}|${lang}|n${i}|${round}|${JSON.stringify(n)}`;
      const hit = recall(n, noteKey, lang);
      if (hit) {
        lines.push(hit.line);
        continue;
      }
      const why = whyText(t, n.why, lang);
      const next = log[i];
      const move = describeMove(t, view, n.power, n.move, lang, next?.t === 'choice' ? next.card : undefined);
      const line: LogLine = {
        key: `n${i}-${n.power}`,
        round,
        tone: 'computer',
        power: n.power,
        text: t('log.computer', { power: pn(n.power), move, why }),
      };
      remember(n, noteKey, lang, line, 0);
      lines.push(line);
    }
    const e = log[i]!;
    if ('round' in e) round = e.round;
    const group: LogEntry[] = [e];
    if (e.t === 'income' || e.t === 'score') {
      while (log[i + group.length]?.t === e.t && !byAt.has(i + group.length)) group.push(log[i + group.length]!);
    }
    const at = i;
    const key = () => `${view.scenario.id}|${lang}|e${at}|${round}|${JSON.stringify(group)}`;
    const hit = recall(e, key, lang);
    if (hit) {
      lines.push(hit.line);
      i += hit.span;
      continue;
    }
    const first = i;
    const push = (tone: LogTone, text: string, power?: Power) => {
      const line: LogLine = { key: `e${first}`, round, tone, text, ...(power ? { power } : {}) };
      remember(e, key, lang, line, i - first);
      lines.push(line);
    };
    if (e.t === 'income' || e.t === 'score') {
      i += group.length - 1;
      const items = group.map((g) =>
        g.t === 'income'
          ? t('log.incomeItem', { power: pn(g.power), amount: g.amount })
          : g.t === 'score'
            ? t('log.scoreItem', { power: pn(g.power), vp: g.vp })
            : '',
      );
      const lost = group.flatMap((g) =>
        g.t === 'income' && g.lost > 0 ? [t('log.incomeLostItem', { power: pn(g.power), lost: g.lost })] : [],
      );
      const text = t(e.t === 'income' ? 'log.income' : 'log.score', { list: items.join(', ') });
      push(
        e.t === 'income' ? 'round' : 'score',
        lost.length ? `${text} ${t('log.incomeLost', { list: lost.join(', ') })}` : text,
      );
      continue;
    }
    const text = entryText(t, view, e, lang, coalition);
    if (text) push(toneOf(e), text, 'power' in e ? e.power : undefined);
  }
  return lines;
}

function toneOf(e: LogEntry): LogTone {
  switch (e.t) {
    case 'round':
      return 'round';
    case 'event':
    case 'choice':
      return 'event';
    case 'crisis':
    case 'strain':
      return 'refusal';
    case 'spread':
    case 'growth':
    case 'joint':
    case 'incident':
    case 'leaseEnded':
      return 'threat';
    case 'agenda':
    case 'score':
      return 'score';
    case 'end':
      return 'end';
    default:
      return 'action';
  }
}

/** One log entry as a sentence (income and score entries are grouped by `logLines`). */
export function entryText(t: T, view: GameState, e: LogEntry, lang: string, coalition: (id: string) => string): string {
  const pn = (p: Power) => powerName(t, p);
  const rn = (r: string) => regionName(t, r);
  switch (e.t) {
    case 'round':
      return t('log.round', { round: e.round });
    case 'income':
      return t('log.income', { list: t('log.incomeItem', { power: pn(e.power), amount: e.amount }) });
    case 'event':
      return t('log.event', { title: textIn(eventCard(view, e.card).title, lang) });
    case 'choice': {
      const option = eventCard(view, e.card).choice?.options.find((o) => o.id === e.option);
      return t('log.choice', { power: pn(e.power), option: option ? textIn(option.label, lang) : e.option });
    }
    case 'door':
      return e.price === null
        ? t('log.doorClosed', { power: pn(e.power), guest: pn(e.guest) })
        : e.price === 0
          ? t('log.doorFree', { power: pn(e.power), guest: pn(e.guest) })
          : t('log.doorOpen', { power: pn(e.power), guest: pn(e.guest), price: e.price });
    case 'aid': {
      const home = isRegionId(e.region) && hostOf(e.region) === e.power;
      const text = t(home ? 'log.aidHome' : 'log.aid', {
        power: pn(e.power),
        region: rn(e.region),
        size: e.size,
        influence: e.influence,
        cost: e.cost,
      });
      return withFee(t, text, e.fee, e.region);
    }
    case 'base': {
      const text = t('log.base', { power: pn(e.power), region: rn(e.region), level: e.level, cost: e.cost });
      return withTension(t, withFee(t, text, e.fee, e.region), e.tension, e.power);
    }
    case 'exercise': {
      let text = t('log.exercise', {
        power: pn(e.power),
        region: rn(e.region),
        size: e.size,
        before: e.threatBefore,
        after: e.threatAfter,
        actor: e.actorInfluence,
        cost: e.cost,
      });
      if (e.partner) text += ` ${t('log.exerciseHost', { partner: pn(e.partner), partnerGain: e.partnerInfluence })}`;
      return withTension(t, withFee(t, text, e.fee, e.region), e.tension, e.power);
    }
    case 'special': {
      const name = t(`special.name.${SPECIALS[e.power]}`);
      const text =
        e.region === null
          ? e.ip > 0
            ? t('log.specialIp', { power: pn(e.power), name, ip: e.ip })
            : t('log.special', { power: pn(e.power), name, cost: e.cost })
          : t('log.specialIn', {
              power: pn(e.power),
              name,
              region: rn(e.region),
              influence: e.influence,
              threat: e.threat,
              cost: e.cost,
            });
      return withTension(t, e.region ? withFee(t, text, e.fee, e.region) : text, e.tension, e.power);
    }
    case 'formed':
      return t('log.formed', { members: powerList(t, e.members, lang), cost: e.cost });
    case 'joined':
      return t('log.joined', { power: pn(e.power), coalition: coalition(e.coalition) });
    case 'left': {
      const text = t(e.dissolved ? 'log.dissolved' : 'log.left', {
        power: pn(e.power),
        coalition: coalition(e.coalition),
      });
      return withTension(t, text, e.tension, e.power);
    }
    case 'pass':
      return t('log.pass', { power: pn(e.power) });
    case 'strain':
      return t(e.cause === 'double' ? 'log.strainDouble' : 'log.strainDoor', {
        power: pn(e.power),
        tension: e.tension,
      });
    case 'joint':
      return t('log.joint', {
        members: powerList(t, e.members, lang),
        region: rn(e.region),
        threat: e.threatAfter,
      });
    case 'crisis':
      return e.blamed ? t('log.crisis', { power: pn(e.blamed), penalty: e.penalty }) : t('log.crisisNobody');
    case 'spread':
      return t('log.spread', { from: rn(e.from), to: rn(e.to) });
    case 'growth':
      return t('log.growth', { region: rn(e.region) });
    case 'incident':
      return e.losses.length
        ? t('log.incident', { region: rn(e.region), stability: e.stabilityAfter, losses: powerList(t, e.losses, lang) })
        : t('log.incidentNoLoss', { region: rn(e.region), stability: e.stabilityAfter });
    case 'leaseEnded':
      return t('log.leaseEnded', { power: pn(e.power), region: rn(e.region) });
    case 'score':
      return t('log.score', { list: t('log.scoreItem', { power: pn(e.power), vp: e.vp }) });
    case 'agenda': {
      const agenda = view.scenario.agendas.find((a) => a.id === e.agenda);
      return t('log.agenda', { power: pn(e.power), agenda: agenda ? textIn(agenda.title, lang) : e.agenda, vp: e.vp });
    }
    case 'end':
      return t('log.end', { reason: t(`endReason.${e.reason}`), winners: listOf(e.winners.map(pn), lang) });
  }
}

/** A sentence with the door fee the host received, when there was one. */
function withFee(t: T, text: string, fee: number, region: string): string {
  return fee > 0 && isRegionId(region) ? `${text} ${t('log.fee', { fee, host: powerName(t, hostOf(region)) })}` : text;
}

/** A sentence with the tension it raised (and who is blamed), when it raised any. */
function withTension(t: T, text: string, tension: number, power: Power): string {
  return tension > 0 ? `${text} ${t('log.tension', { tension, power: powerName(t, power) })}` : text;
}

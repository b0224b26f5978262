/** A move as a short phrase ("aid in Khatlon", "a joint exercise with Tajikistan in Gorno-Badakhshan"). */
import { eventCard, textIn, type GameState, type Move, type Power } from '../../game/index.ts';
import { coalitionName, powerList, powerName, regionName, type T } from './names.ts';

/** `card`: the event a `choose` move answered (the current event when omitted). */
export function describeMove(t: T, view: GameState, power: Power, move: Move, lang: string, card?: string): string {
  switch (move.kind) {
    case 'aid':
      return t('action.describe.aid', { region: regionName(t, move.region) });
    case 'base':
      return t('action.describe.base', { region: regionName(t, move.region) });
    case 'exercise':
      return t('action.describe.exercise', { region: regionName(t, move.region), partner: powerName(t, move.partner) });
    case 'propose':
      return t('action.describe.propose', { invitees: powerList(t, move.invitees, lang) });
    case 'join':
      return t('action.describe.join', { coalition: coalitionName(t, view, move.coalition, lang) });
    case 'leave':
      return t('action.describe.leave', { coalition: coalitionName(t, view, move.coalition, lang, power) });
    case 'pass':
      return t('action.describe.pass');
    case 'answer':
      return t(move.accept ? 'action.describe.answerYes' : 'action.describe.answerNo');
    case 'choose': {
      const id = card ?? view.event?.card;
      const option = (id ? eventCard(view, id) : undefined)?.choice?.options.find((o) => o.id === move.option);
      return t('action.describe.choose', { option: option ? textIn(option.label, lang) : move.option });
    }
    case 'start':
      return t('action.describe.start');
  }
}

/** A move as a short phrase ("aid of size 2 in Khatlon", "its door to China: closed"). */
import { eventCard, textIn, type GameState, type Move, type Power } from '../../game/index.ts';
import { SPECIALS } from '../../game/ops/special.ts';
import { coalitionName, powerList, powerName, regionName, type T } from './names.ts';

/** A door setting in words: closed, open free, or open at a price. */
export function doorSetting(t: T, price: number | null): string {
  return price === null ? t('door.closed') : price === 0 ? t('door.free') : t('door.price', { price });
}

/** `card`: the event a `choose` move answered (the current event when omitted). */
export function describeMove(t: T, view: GameState, power: Power, move: Move, lang: string, card?: string): string {
  switch (move.kind) {
    case 'aid':
      return t('action.describe.aid', { region: regionName(t, move.region), size: move.size });
    case 'base':
      return t('action.describe.base', { region: regionName(t, move.region) });
    case 'exercise':
      return t('action.describe.exercise', { region: regionName(t, move.region), size: move.size });
    case 'special': {
      const name = t(`special.name.${SPECIALS[power]}`);
      return move.region
        ? t('action.describe.specialIn', { name, region: regionName(t, move.region) })
        : t('action.describe.special', { name });
    }
    case 'found':
      return t('action.describe.found', { invitees: powerList(t, move.invitees, lang) });
    case 'join':
      return t('action.describe.join', { coalition: coalitionName(t, view, move.coalition, lang) });
    case 'leave':
      return t('action.describe.leave', { coalition: coalitionName(t, view, move.coalition, lang, power) });
    case 'door':
      return t('action.describe.door', { guest: powerName(t, move.guest), setting: doorSetting(t, move.price) });
    case 'pass':
      return t('action.describe.pass');
    case 'choose': {
      const id = card ?? view.event?.card;
      const option = (id ? eventCard(view, id) : undefined)?.choice?.options.find((o) => o.id === move.option);
      return t('action.describe.choose', { option: option ? textIn(option.label, lang) : move.option });
    }
    case 'start':
      return t('action.describe.start');
  }
}

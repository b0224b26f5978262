/** An event card's effects as short phrases ("China +1 influence in Dushanbe", "threat −1 in Rasht Valley"). */
import type { Effect } from '../../game/index.ts';
import { listOf, powerName, regionName, signed, type T } from './names.ts';

export function effectText(t: T, e: Effect, lang: string): string {
  const regions = (ids: readonly string[]) =>
    listOf(
      ids.map((id) => regionName(t, id)),
      lang,
    );
  switch (e.type) {
    case 'influence':
      return t('effect.influence', {
        power: powerName(t, e.power),
        amount: signed(e.amount),
        regions: regions(e.regions),
      });
    case 'threat':
      return t('effect.threat', { amount: signed(e.amount), regions: regions(e.regions) });
    case 'stability':
      return t('effect.stability', { amount: signed(e.amount), regions: regions(e.regions) });
    case 'ip':
      return t('effect.ip', { power: powerName(t, e.power), amount: signed(e.amount) });
    case 'economy':
      return t('effect.economy', { power: powerName(t, e.power), amount: signed(e.amount) });
    case 'base':
      return t('effect.base', { owner: powerName(t, e.owner), levels: e.levels, region: regionName(t, e.region) });
    case 'tension':
      return t('effect.tension', { amount: signed(e.amount) });
    case 'value':
      return t('effect.value', { amount: signed(e.amount), regions: regions(e.regions) });
    case 'door':
      return e.price === null
        ? t('effect.doorClosed', { host: powerName(t, e.host), guest: powerName(t, e.guest) })
        : t('effect.doorOpen', { host: powerName(t, e.host), guest: powerName(t, e.guest), price: e.price });
    case 'vp':
      return t('effect.vp', { power: powerName(t, e.power), amount: signed(e.amount) });
  }
}

/** A move's preview (from `game/preview.ts`) as sentences for the action panel. */
import type { MovePreview } from '../../game/preview.ts';
import type { GameState, Power } from '../../game/index.ts';
import { coalitionName, powerList, powerName, regionName, type T } from './names.ts';

export interface PreviewLine {
  key: string;
  text: string;
  /** Worth a second look: tension rising, the game ending. */
  warn?: boolean;
}

export function previewLines(t: T, view: GameState, power: Power, p: MovePreview, lang: string): PreviewLine[] {
  const lines: PreviewLine[] = [];
  const pn = (x: Power) => powerName(t, x);
  const own = p.ip.find((x) => x.power === power);
  if (own && own.after < own.before) {
    lines.push({
      key: 'cost',
      text: t('preview.cost', { cost: own.before - own.after, before: own.before, after: own.after }),
    });
  } else {
    lines.push({ key: 'cost', text: t('preview.free') });
  }
  for (const f of p.fees) lines.push({ key: `fee-${f.host}`, text: t('preview.fee', { ip: f.ip, power: pn(f.host) }) });
  for (const x of p.ip) {
    if (x.power === power && x.after < x.before) continue;
    if (p.fees.some((f) => f.host === x.power && x.after - x.before === f.ip)) continue;
    lines.push({
      key: `ip-${x.power}`,
      text: t('preview.ipGain', { power: pn(x.power), before: x.before, after: x.after }),
    });
  }
  for (const r of p.regions) {
    const region = regionName(t, r.region);
    for (const i of r.influence) {
      lines.push({
        key: `inf-${r.region}-${i.power}`,
        text: t('preview.influence', { region, power: pn(i.power), before: i.before, after: i.after }),
      });
    }
    if (r.threat) lines.push({ key: `thr-${r.region}`, text: t('preview.threat', { region, ...r.threat }) });
    if (r.stability) lines.push({ key: `stb-${r.region}`, text: t('preview.stability', { region, ...r.stability }) });
    for (const b of r.bases) {
      lines.push({
        key: `base-${r.region}-${b.owner}`,
        text: t('preview.base', { region, power: pn(b.owner), before: b.before, after: b.after }),
      });
    }
  }
  for (const d of p.aidDividend)
    lines.push({ key: `div-${d.host}`, text: t('preview.dividend', { power: pn(d.host), ip: d.ip }) });
  for (const r of p.rent)
    lines.push({ key: `rent-${r.host}`, text: t('preview.rent', { power: pn(r.host), ip: r.ip }) });
  if (p.tension) {
    const warn = p.tension.after > p.tension.before;
    lines.push({ key: 'tension', text: t('preview.tension', { ...p.tension }), warn });
  }
  for (const c of p.coalitions) {
    const name = coalitionName(t, view, c.id, lang, c.members[0] ?? c.before[0]);
    if (c.before.length === 0)
      lines.push({ key: `co-${c.id}`, text: t('preview.formed', { members: powerList(t, c.members, lang) }) });
    else if (c.members.length === 0)
      lines.push({ key: `co-${c.id}`, text: t('preview.dissolved', { coalition: name }) });
    else
      lines.push({
        key: `co-${c.id}`,
        text: t('preview.joined', { coalition: name, members: powerList(t, c.members, lang) }),
      });
  }
  if (p.ends) lines.push({ key: 'ends', text: t('preview.ends', { reason: t(`endReason.${p.ends}`) }), warn: true });
  if (lines.length === 1) lines.push({ key: 'nothing', text: t('preview.nothing') });
  return lines;
}

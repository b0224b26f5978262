/** "What changed", in a few sentences written from the engine's comparison of the two branches. */
import { useTranslation } from 'react-i18next';
import type { WhatIfVerdict } from '../../game/whatif-summary.ts';
import { powerName } from '../view/names.ts';
import { num, pct, wt } from './strings.ts';

interface Props {
  verdict: WhatIfVerdict;
  /** The other move, in words. */
  move: string;
}

/** The sentences, in order: the mover's chances, its score, the rival most affected, crises; or "no clear change". */
export function verdictLines(t: ReturnType<typeof useTranslation>['t'], lang: string, v: WhatIfVerdict, move: string) {
  const power = powerName(t, v.mover);
  const lines: string[] = [];
  const win = { power, move, from: pct(v.moverWin.from, lang), to: pct(v.moverWin.to, lang) };
  lines.push(wt(t, v.moverWin.clear ? 'verdictWin' : 'verdictWinSame', win));
  if (v.moverScore.clear) {
    lines.push(wt(t, 'verdictScore', { power, from: num(v.moverScore.from, lang), to: num(v.moverScore.to, lang) }));
  }
  if (v.rival) {
    lines.push(
      wt(t, 'verdictRival', {
        power: powerName(t, v.rival.power),
        from: pct(v.rival.shift.from, lang),
        to: pct(v.rival.shift.to, lang),
      }),
    );
  }
  if (v.crisis.clear)
    lines.push(wt(t, 'verdictCrisis', { from: pct(v.crisis.from, lang), to: pct(v.crisis.to, lang) }));
  if (!v.anyClear) lines.push(wt(t, 'verdictNone'));
  return lines;
}

export function Verdict({ verdict, move }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <section className="whatif-verdict" data-testid="whatif-verdict" data-clear={verdict.anyClear}>
      <h4>{wt(t, 'verdictHeading')}</h4>
      {verdictLines(t, i18n.language, verdict, move).map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </section>
  );
}

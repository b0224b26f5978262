/**
 * Colour that every reader can use. The powers' colours stay apart (CIEDE2000) for normal vision and
 * under protanopia, deuteranopia and tritanopia (Machado 2009), and each power also has its own pattern,
 * mark and shape. Text meets WCAG 2.2 AA against its background — 4.5:1, 3:1 for focus rings and marks —
 * reading the colours from the board's stylesheets, so a changed colour is checked as it is.
 * The colour functions are checked against published reference values.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POWERS } from '../../game/index.ts';
import { THREAT_FILL, threatInk } from '../map/RegionCard.tsx';
import { POWER_LOOK } from '../view/powers.ts';
import { DEFICIENCIES, closestPair, contrast, deltaE2000, over, parseHex, simulate, toLab } from './colour.ts';
import { colourOf, parseCss, resolveColour } from './css.ts';

/** Smallest CIEDE2000 difference allowed between two powers' colours. */
const MIN_DELTA_E = { normal: 20, protanopia: 10, deuteranopia: 10, tritanopia: 10 } as const;

const palette = Object.fromEntries(POWERS.map((p) => [p, POWER_LOOK[p].color]));
const css = ['../styles.css', './a11y.css']
  .map((f) => readFileSync(resolve(import.meta.dirname, f), 'utf8'))
  .join('\n');
const rules = parseCss(css);
const c = (selector: string, prop: string) => colourOf(rules, selector, prop);
const v = (name: string) => resolveColour(rules, `var(${name})`);
const ratio = (fg: string, bg: string) => contrast(parseHex(fg), parseHex(bg));

describe('colour science', () => {
  it('CIEDE2000 matches Sharma, Wu & Dalal’s test pairs', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });

  it('Lab, contrast and the simulation agree with known values', () => {
    const white = toLab(parseHex('#fff'));
    expect(white[0]).toBeCloseTo(100, 3);
    expect(ratio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(ratio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    for (const d of DEFICIENCIES) {
      expect(simulate(parseHex('#ffffff'), d).every((x) => Math.abs(x - 255) < 1.5)).toBe(true);
      expect(simulate(parseHex('#000000'), d)).toEqual([0, 0, 0]);
    }
    // Red looks olive to protanopes and deuteranopes, stays red to tritanopes; what is seen is seen again alike.
    const red = parseHex('#ff0000');
    for (const d of DEFICIENCIES) {
      const seen = simulate(red, d);
      const shift = deltaE2000(toLab(red), toLab(seen));
      if (d === 'tritanopia') expect(shift).toBeLessThan(3);
      else expect(shift).toBeGreaterThan(30);
      expect(deltaE2000(toLab(seen), toLab(simulate(seen, d)))).toBeLessThan(2);
    }
  });
});

describe('the powers’ palette', () => {
  it.each(['normal', ...DEFICIENCIES] as const)('stays apart under %s', (d) => {
    const pair = closestPair(palette, d);
    expect(pair.deltaE, `${pair.a} and ${pair.b}`).toBeGreaterThanOrEqual(MIN_DELTA_E[d]);
  });

  it('pairs every colour with its own pattern, shape and mark', () => {
    for (const key of ['pattern', 'shape'] as const) {
      expect(new Set(POWERS.map((p) => POWER_LOOK[p][key])).size).toBe(POWERS.length);
    }
  });

  it('gives text on each power’s colour at least 4.5:1', () => {
    for (const p of POWERS) expect(ratio(POWER_LOOK[p].ink, POWER_LOOK[p].color), p).toBeGreaterThanOrEqual(4.5);
  });
});

describe('text contrast (WCAG 2.2 AA)', () => {
  const text: [string, string, string][] = [
    ['body text', v('--ink'), v('--paper')],
    ['muted text on the paper', v('--muted'), v('--paper')],
    ['muted text on a card', v('--muted'), v('--card')],
    ['primary button', c('button.primary', 'color'), c('button.primary', 'background')],
    [
      'a chosen (pressed) button under the mouse',
      c("button[aria-pressed='true']:hover:not(:disabled)", 'color'),
      c("button[aria-pressed='true']:hover:not(:disabled)", 'background'),
    ],
    ['a chosen operation', c('.kind.is-on', 'color'), c('.kind.is-on', 'background')],
    ['an option number on an event card', c('.option-num', 'color'), c('.option-num', 'background')],
    ['top bar', c('.topbar', 'color'), c('.topbar', 'background')],
    ['round steps', c('.steps li', 'color'), c('.topbar', 'background')],
    ['finished steps', c('.steps li.is-done', 'color'), c('.topbar', 'background')],
    ['current step', c('.steps li.is-now', 'color'), c('.steps li.is-now', 'background')],
    ['a refusal explained', c('.notice', 'color'), c('.notice', 'background')],
    ['a warning in a preview', c('.preview li.is-warn', 'color'), c('.preview', 'background')],
    ['agenda figures', c('.worth', 'color'), c('.agenda', 'background')],
    ['computer lines in the log', c('.log-lines .tone-computer', 'color'), '#ffffff'],
    ['refusals in the log', c('.log-lines .tone-refusal', 'color'), '#ffffff'],
    ['threat in the log', c('.log-lines .tone-threat', 'color'), '#ffffff'],
    ['round lines in the log', v('--ink'), c('.log-lines .tone-round', 'background')],
    ['country names on the map', c('.country-labels text', 'fill'), c('.country', 'fill')],
    ['a zero influence', c(".influence[data-value='0'] .influence-num", 'fill'), '#ffffff'],
    ['power marks under the bars', c('.influence-code', 'fill'), '#ffffff'],
    ['coalition numbers on the map', c('.coalition-mark text', 'fill'), c('.coalition-mark circle', 'fill')],
    ['coalition numbers in the panel', c('.coalition-num', 'color'), c('.coalition-num', 'background')],
    ['the table view', v('--ink'), c('.region-table tr.is-legal', 'background')],
  ];
  it.each(text)('%s: at least 4.5:1', (_what, fg, bg) => {
    expect(ratio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('threat numbers on every threat colour: at least 4.5:1', () => {
    THREAT_FILL.forEach((fill, threat) => {
      expect(ratio(threatInk(threat), fill), `threat ${threat}`).toBeGreaterThanOrEqual(4.5);
    });
  });

  it('a region card that is not a target is dimmed, and its text still reads at 4.5:1', () => {
    const alpha = Number(c('.region-card.is-illegal', 'opacity'));
    const sea = parseHex(c('.sea', 'fill'));
    const ink = over(parseHex(v('--ink')), alpha, sea);
    const card = over(parseHex('#ffffff'), alpha, sea);
    expect(alpha).toBeLessThan(1);
    expect(contrast(ink, card)).toBeGreaterThanOrEqual(4.5);
  });

  const marks: [string, string, string][] = [
    ['focus ring on the paper', v('--focus-outer'), v('--paper')],
    ['focus ring on a card', v('--focus-outer'), v('--card')],
    ['focus ring on the map', v('--focus-outer'), c('.sea', 'fill')],
    ['focus band on the top bar', v('--focus'), c('.topbar', 'background')],
    ['focus band against the ring', v('--focus'), v('--focus-outer')],
    ['target tick on the map', c('.target-mark', 'fill'), c('.sea', 'fill')],
  ];
  it.each(marks)('%s: at least 3:1', (_what, fg, bg) => {
    expect(ratio(fg, bg)).toBeGreaterThanOrEqual(3);
  });
});

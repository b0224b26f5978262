/**
 * How each power looks on the board: a colour from the Okabe–Ito palette (distinguishable under the
 * common colour-vision deficiencies) always paired with a pattern and a short mark, so that nothing
 * depends on colour alone. Display data only: no rule lives here.
 */
import type { ByPower, Power } from '../../game/index.ts';

export interface PowerLook {
  /** Fill colour. */
  color: string;
  /** Text colour on that fill (contrast ≥ 4.5:1). */
  ink: string;
  /** Id of the SVG pattern (see MapDefs) and suffix of the CSS pattern class. */
  pattern: string;
  /** A shape printed beside the power's mark. */
  shape: string;
}

export const POWER_LOOK: ByPower<PowerLook> = {
  russia: { color: '#0072B2', ink: '#ffffff', pattern: 'stripes', shape: '■' },
  china: { color: '#D55E00', ink: '#000000', pattern: 'dots', shape: '●' },
  tajikistan: { color: '#009E73', ink: '#000000', pattern: 'grid', shape: '▲' },
  pakistan: { color: '#CC79A7', ink: '#000000', pattern: 'waves', shape: '◆' },
  afghanistan: { color: '#E69F00', ink: '#000000', pattern: 'cross', shape: '★' },
};

/** The id of a power's SVG pattern. */
export const patternId = (p: Power) => `pat-${p}`;

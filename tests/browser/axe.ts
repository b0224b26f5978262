/**
 * axe-core in the page: inject it once per document, run every rule, and report each violation with
 * its impact and a few of the elements it found — the browser tests fail on serious and critical ones
 * and print the rest.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness.ts';

const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js');

export interface Violation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: number;
  targets: string[];
}

// Strings, not functions: a transpiler may wrap inner functions in helpers the page does not have.
const RUN = `(async () => {
  const r = await window.axe.run(document, { resultTypes: ['violations'] });
  return r.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')),
  }));
})()`;

/** Every axe violation on the page as it is now. */
export async function axeScan(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ path: AXE });
  return (await page.evaluate(RUN)) as Violation[];
}

/** The violations a test fails on. */
export const blocking = (vs: readonly Violation[]) =>
  vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** One line per violation, for a failure message or the run's summary. */
export const listViolations = (vs: readonly Violation[]) =>
  vs.map((v) => `${v.impact} ${v.id} ×${v.nodes}: ${v.help} — ${v.targets.join(', ')}`).join('\n');

/**
 * "What if?" speed in real Chromium (`npm run bench:whatif`), printed, not asserted: a finished Autumn
 * 2016 game (planners in every seat) is opened in the debrief, and the panel plays N playouts of each
 * branch (default 1,000, novices in every seat: the panel's default) from decisions early, in the
 * middle and late in the game, on the page's Web Workers. For each run it prints the wall-clock time the
 * page measured (from the click to the last worker's answer), the time per 1,000 playouts, and the
 * longest main-thread task seen during the run (the page stays responsive when it stays short). Also
 * the workers used (one a core, up to four) and the machine's load, since a loaded machine is slower.
 *
 *   npm run bench:whatif -- [--playouts 1000|200|5000] [--bots novice|planner]
 */
import { loadavg, cpus } from 'node:os';
import { getBot } from '../../game/ai/index.ts';
import { getScenario } from '../../game/index.ts';
import { PLAYOUT_CHOICES } from '../../ui/whatif/choices.ts';
import { COMPUTER_SEATS, pageWithSave } from '../browser/saved.ts';
import { launch, serveApp } from '../browser/harness.ts';
import { playRecorded } from '../scenarios/play.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const LONG_TASKS = `(() => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: false });
})()`;

async function main() {
  const playouts = Number(arg('playouts', '1000'));
  const bots = arg('bots', 'novice');
  if (!(PLAYOUT_CHOICES as readonly number[]).includes(playouts))
    throw new Error(
      `--playouts: one of the panel's choices (${PLAYOUT_CHOICES.join(', ')}), got "${arg('playouts', '')}"`,
    );
  if (bots !== 'novice' && bots !== 'planner') throw new Error(`--bots: novice or planner, got "${bots}"`);
  const { record } = playRecorded(getScenario('autumn-2016')!, 'bench-whatif', getBot('planner')!);
  const app = await serveApp();
  const browser = await launch();
  try {
    const { page, errors } = await pageWithSave(browser, app.url, record, COMPUTER_SEATS);
    await page.getByTestId('resume').click();
    await page.getByTestId('end').waitFor();
    await page.getByTestId('open-debrief').click();
    await page.getByTestId('whatif').waitFor();
    const decision = page.getByTestId('whatif-decision');
    const options = await decision
      .locator('option')
      .evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, label: e.textContent ?? '' })));
    const picks = [0, Math.floor(options.length / 2), options.length - 3].map((i) => options[Math.max(0, i)]!);
    await page.getByTestId('whatif-bots').selectOption(bots);
    await page.getByTestId('whatif-playouts').selectOption(String(playouts));
    await page.evaluate(LONG_TASKS);
    console.log(
      `"What if?" in Chromium: ${playouts} playouts of each branch, ${bots} in every seat; ` +
        `${cpus().length} cores, load average ${loadavg()
          .map((x) => x.toFixed(1))
          .join(' / ')}`,
    );
    const per1000: number[] = [];
    for (const pick of picks) {
      await decision.selectOption(pick.value);
      await page.evaluate('window.__longest = 0');
      await page.getByTestId('whatif-run').click();
      await page.getByTestId('whatif-results').waitFor({ timeout: 600_000 });
      const timing = page.getByTestId('whatif-timing');
      const ms = Number(await timing.getAttribute('data-ms'));
      const total = Number(await timing.getAttribute('data-playouts'));
      const workers = Number(await timing.getAttribute('data-workers'));
      const longest = Number(await page.evaluate('window.__longest'));
      per1000.push((ms * 1000) / total);
      console.log(
        `  ${pick.label.padEnd(60).slice(0, 60)}  ${(ms / 1000).toFixed(2)} s for ${total} playouts ` +
          `(${((ms * 1000) / total / 1000).toFixed(2)} s per 1,000) on ${workers} workers; longest main-thread task ${longest.toFixed(0)} ms`,
      );
    }
    const sorted = [...per1000].sort((a, b) => a - b);
    console.log(
      `  median: ${(sorted[Math.floor(sorted.length / 2)]! / 1000).toFixed(2)} s per 1,000 playouts ` +
        `(both branches of ${playouts}: ${((2 * playouts * sorted[Math.floor(sorted.length / 2)]!) / 1000 / 1000).toFixed(2)} s); target ≤ 2 s per 1,000`,
    );
    if (errors.length) console.log(`  page errors: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

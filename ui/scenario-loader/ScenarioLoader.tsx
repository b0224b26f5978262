/**
 * Loading a teacher's own scenario in the page: a file picker and a drop zone. The file's text goes
 * through the engine's `parseScenario` — the same schema and cross-field checks as
 * `npm run scenario:check` — and every problem is listed with the path of its field. A valid file
 * shows a one-line summary and a button that hands the scenario to the start screen (`onLoad`).
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseScenario, textIn, type Problem, type Scenario } from '../../game/index.ts';
import { dt } from '../debrief/strings.ts';
import '../debrief/debrief.css';
import { FileDrop } from './FileDrop.tsx';
import { ProblemList } from './ProblemList.tsx';

export interface ScenarioLoaderProps {
  onLoad: (scenario: Scenario) => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'ok'; file: string; scenario: Scenario }
  | { kind: 'problems'; file: string; problems: Problem[] };

const FORMAT_DOC = 'docs/scenarios.md';

/** The help sentence with its mention of the format document as a link that opens it in the app's viewer. */
function withDocLink(help: string): ReactNode {
  const at = help.indexOf(FORMAT_DOC);
  if (at < 0) return help;
  return (
    <>
      {help.slice(0, at)}
      <a href="#/docs/scenarios">{FORMAT_DOC}</a>
      {help.slice(at + FORMAT_DOC.length)}
    </>
  );
}

/** zod's "expected X, received undefined" in a teacher's words: the field is missing. */
function plain(p: Problem, lang: string): Problem {
  const missing = /^Invalid input: expected (.+), received undefined$/.exec(p.message);
  return missing ? { path: p.path, message: dt(lang, 'loaderMissing', { expected: missing[1]! }) } : p;
}

/** Read and check a file (exported for tests and for other entry points, e.g. a URL parameter). */
export async function checkScenarioFile(file: Pick<File, 'name' | 'text'>, lang = 'en'): Promise<Status> {
  if (!/\.json$/i.test(file.name)) {
    return { kind: 'problems', file: file.name, problems: [{ path: '', message: dt(lang, 'loaderNotJson') }] };
  }
  const parsed = parseScenario(await file.text());
  return parsed.ok
    ? { kind: 'ok', file: file.name, scenario: parsed.value }
    : { kind: 'problems', file: file.name, problems: parsed.error.map((p) => plain(p, lang)) };
}

export function ScenarioLoader({ onLoad }: ScenarioLoaderProps) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const headingId = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const take = async (file: File) => {
    setStatus({ kind: 'reading', file: file.name });
    setStatus(await checkScenarioFile(file, lang));
  };
  return (
    <section className="scenario-loader" aria-labelledby={headingId} data-testid="scenario-loader">
      <h3 id={headingId}>{dt(lang, 'loaderHeading')}</h3>
      <FileDrop
        help={withDocLink(dt(lang, 'loaderHelp'))}
        choose={dt(lang, 'loaderChoose')}
        onFile={(f) => void take(f)}
        testId="scenario-file"
      />
      <div aria-live="polite">
        {status.kind === 'reading' && <p>{dt(lang, 'loaderReading', { file: status.file })}</p>}
        {status.kind === 'problems' && (
          <ProblemList
            intro={dt(lang, 'loaderProblems', { file: status.file, count: status.problems.length })}
            problems={status.problems}
            testId="scenario-problems"
          />
        )}
        {status.kind === 'ok' && (
          <div data-testid="scenario-ok">
            <p>
              {dt(lang, 'loaderOk', {
                file: status.file,
                summary: dt(lang, 'loaderSummary', {
                  title: textIn(status.scenario.title, lang),
                  rounds: status.scenario.rounds,
                  regions: status.scenario.regions.length,
                  events: status.scenario.events.length,
                }),
              })}
            </p>
            <button type="button" className="primary" onClick={() => onLoad(status.scenario)}>
              {dt(lang, 'loaderPlay')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}

/**
 * Opening a game file downloaded from the debrief (the record: scenario, seed, every move) to see its
 * debrief and replay it. The file is untrusted: the engine's `parseRecord` checks its shape, validates
 * the scenario inside it and replays every move, so a corrupted or forged file is refused with the
 * path of the first problem and nothing else in the browser — the saved game included — is touched.
 * A file that replays on a scenario other than a shipped one as it ships (edited scores, a renamed
 * copy, a teacher's own) is not opened at once: the screen says so plainly, and opens it on request.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  parseRecord,
  provenance,
  type GameRecord,
  type GameState,
  type Problem,
  type Provenance,
} from '../../game/index.ts';
import { ProvenanceBadge } from '../debrief/ProvenanceBadge.tsx';
import { dt } from '../debrief/strings.ts';
import { FileDrop } from '../scenario-loader/FileDrop.tsx';
import { ProblemList } from '../scenario-loader/ProblemList.tsx';
import '../debrief/debrief.css';

export interface GameImportProps {
  onOpen: (record: GameRecord, states: GameState[]) => void;
}

/** What became of a file: refused with its problems, held for a look at its scenario (or still being read). */
type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'problems'; file: string; problems: Problem[] }
  | { kind: 'unshipped'; file: string; record: GameRecord; states: GameState[] };

/** True when the text is a scenario file rather than a game (a mistake worth naming). */
function looksLikeScenario(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null && 'regions' in json && !('moves' in json);
  } catch {
    return false;
  }
}

/** Read and check a game file: the record and its states, or the problems in the reader's language. */
export async function checkGameFile(
  file: Pick<File, 'name' | 'text'>,
  lang = 'en',
): Promise<
  { ok: true; record: GameRecord; states: GameState[]; provenance: Provenance } | { ok: false; problems: Problem[] }
> {
  if (!/\.json$/i.test(file.name)) return { ok: false, problems: [{ path: '', message: dt(lang, 'loaderNotJson') }] };
  const text = await file.text();
  if (looksLikeScenario(text)) return { ok: false, problems: [{ path: '', message: dt(lang, 'importIsScenario') }] };
  const parsed = parseRecord(text);
  if (!parsed.ok) return { ok: false, problems: parsed.error };
  return { ok: true, ...parsed.value, provenance: provenance(parsed.value.record.scenario) };
}

export function GameImport({ onOpen }: GameImportProps) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const headingId = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const take = async (file: File) => {
    setStatus({ kind: 'reading', file: file.name });
    const checked = await checkGameFile(file, lang);
    if (checked.ok && checked.provenance.kind === 'shipped') {
      setStatus({ kind: 'idle' });
      onOpen(checked.record, checked.states);
    } else if (checked.ok) {
      setStatus({ kind: 'unshipped', file: file.name, record: checked.record, states: checked.states });
    } else {
      setStatus({ kind: 'problems', file: file.name, problems: checked.problems });
    }
  };
  return (
    <section className="game-import" aria-labelledby={headingId} data-testid="game-import">
      <h3 id={headingId}>{dt(lang, 'importHeading')}</h3>
      <FileDrop
        help={dt(lang, 'importHelp')}
        choose={dt(lang, 'importChoose')}
        onFile={(f) => void take(f)}
        testId="game-file"
      />
      <div aria-live="polite">
        {status.kind === 'reading' && <p>{dt(lang, 'loaderReading', { file: status.file })}</p>}
        {status.kind === 'problems' && (
          <ProblemList
            intro={dt(lang, 'importProblems', { file: status.file, count: status.problems.length })}
            problems={status.problems}
            testId="game-problems"
            limit={12}
          />
        )}
        {status.kind === 'unshipped' && (
          <div data-testid="game-unshipped">
            <p>{dt(lang, 'importChecked', { file: status.file })}</p>
            <ProvenanceBadge scenario={status.record.scenario} />
            <button type="button" onClick={() => onOpen(status.record, status.states)} data-testid="game-open-anyway">
              {dt(lang, 'importOpen')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}

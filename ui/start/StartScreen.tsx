/**
 * The first screen: resume the game in progress (or learn that the save is damaged, or that the last
 * game could not be saved, and start over), or set up a new one — a scenario (a shipped one, or the
 * teacher's own once loaded), and for each power a human or a computer player of some level.
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BOTS, PLAY_LEVELS } from '../../game/ai/index.ts';
import { POWERS, SCENARIOS, SCENARIO_IDS, textIn, type Power, type Problem, type Scenario } from '../../game/index.ts';
import { SPEEDS, allHuman, type Seat, type Seats, type Speed } from '../../game/seats.ts';
import { ScenarioNotes } from '../debrief/ScenarioNotes.tsx';
import { HowToPlayButton } from '../howto/HowToPlay.tsx';
import { TeacherKitButton } from '../teacher/TeacherKit.tsx';
import { LanguagePicker } from '../i18n/LanguagePicker.tsx';
import { PowerMark } from '../panel/PowerMark.tsx';
import { powerName, tr } from '../view/names.ts';

export interface NewGame {
  scenarioId: string;
  /** The teacher's own scenario, when that is the one chosen (then `scenarioId` is its id). */
  custom?: Scenario;
  seed: string;
  seats: Seats;
  speed: Speed;
}

/** What the start screen knows about the saved game. */
export type SavedSummary =
  | { kind: 'none' }
  | { kind: 'lost' }
  | { kind: 'game'; scenario: string; round: number; rounds: number; ended: boolean }
  | { kind: 'broken'; problems: Problem[] };

interface Props {
  saved: SavedSummary;
  onStart: (game: NewGame) => void;
  onResume: () => void;
  onDiscard: () => void;
  /** Room for more entries (custom scenarios, imports, replays) added by other screens. */
  extra?: ReactNode;
  /** The teacher's own scenario, loaded from a file: listed first and chosen when it arrives. */
  custom?: Scenario | null;
}

/** The radio value of the teacher's own scenario (shipped ids never start with a colon). */
const CUSTOM = ':custom';

function randomSeed(): string {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return String(a[0]! % 100000);
}

const seatValue = (s: Seat) => (s.kind === 'human' ? 'human' : `bot:${s.bot}`);
const seatOf = (v: string): Seat => (v === 'human' ? { kind: 'human' } : { kind: 'computer', bot: v.slice(4) });

export function StartScreen({ saved, onStart, onResume, onDiscard, extra, custom = null }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [scenarioId, setScenarioId] = useState(SCENARIO_IDS[0] ?? '');
  const [seats, setSeats] = useState<Seats>(allHuman);
  const [seed, setSeed] = useState(randomSeed);
  const [speed, setSpeed] = useState<Speed>('normal');
  const customRadio = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!custom) return;
    setScenarioId(CUSTOM);
    customRadio.current?.focus();
    customRadio.current?.scrollIntoView({ block: 'center' });
  }, [custom]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const mine = scenarioId === CUSTOM && custom ? { scenarioId: custom.id, custom } : { scenarioId };
    onStart({ ...mine, seed: seed.trim() || randomSeed(), seats, speed });
  };
  const setSeat = (p: Power, v: string) => setSeats({ ...seats, [p]: seatOf(v) });
  const chosen = (scenarioId === CUSTOM ? custom : null) ?? SCENARIOS[scenarioId] ?? SCENARIOS[SCENARIO_IDS[0]!]!;
  return (
    <main className="start" data-testid="start">
      <header className="start-head">
        <LanguagePicker />
        <HowToPlayButton scenario={chosen} />
        <TeacherKitButton scenarioId={scenarioId} />
        <h1>{t('app.title')}</h1>
        <p>{t('app.tagline')}</p>
      </header>
      {saved.kind === 'broken' && (
        <section className="broken" role="alert" data-testid="broken-save">
          <h2>{t('start.brokenHeading')}</h2>
          <p>{t('start.brokenText')}</p>
          <details>
            <summary>{t('start.brokenDetails')}</summary>
            <ul>
              {saved.problems.slice(0, 8).map((p, i) => (
                <li key={i}>
                  <code>{p.path || '—'}</code> {p.message}
                </li>
              ))}
            </ul>
          </details>
          <button type="button" className="primary" onClick={onDiscard} data-testid="start-over">
            {t('start.startOver')}
          </button>
        </section>
      )}
      {saved.kind === 'lost' && (
        <section className="broken" role="alert" aria-labelledby="lost-title" data-testid="lost-save">
          <h2 id="lost-title">{t('alerts.lostHeading')}</h2>
          <p>{t('alerts.lostText')}</p>
          <button type="button" onClick={onDiscard} data-testid="lost-ok">
            {t('alerts.lostOk')}
          </button>
        </section>
      )}
      {saved.kind === 'game' && (
        <section className="resume" aria-labelledby="resume-title" data-testid="resume-box">
          <h2 id="resume-title">{t('start.resumeHeading')}</h2>
          <p>
            {saved.ended
              ? t('start.resumeEnded', { scenario: saved.scenario })
              : t('start.resumeInfo', { scenario: saved.scenario, round: saved.round, rounds: saved.rounds })}
          </p>
          <div className="confirm-row">
            <button type="button" className="primary big" onClick={onResume} data-testid="resume">
              {t('start.resume')}
            </button>
            <button type="button" onClick={onDiscard} data-testid="discard">
              {t('start.discard')}
            </button>
          </div>
        </section>
      )}
      <form className="setup" onSubmit={submit} aria-labelledby="setup-title">
        <h2 id="setup-title">{t('start.heading')}</h2>
        <fieldset className="scenarios">
          <legend>{t('start.scenario')}</legend>
          {custom && (
            <label className={scenarioId === CUSTOM ? 'scenario is-on' : 'scenario'} data-testid="custom-scenario">
              <input
                ref={customRadio}
                type="radio"
                name="scenario"
                value={CUSTOM}
                checked={scenarioId === CUSTOM}
                onChange={() => setScenarioId(CUSTOM)}
              />
              <span className="scenario-title">
                {textIn(custom.title, lang)} <span className="custom-tag">{t('start.customTag')}</span>
              </span>
              <span className="scenario-meta">
                {textIn(custom.startDate, lang)} · {t('start.rounds', { count: custom.rounds })}
              </span>
              <span className="scenario-summary">{textIn(custom.summary, lang)}</span>
            </label>
          )}
          {SCENARIO_IDS.map((id) => {
            const s = SCENARIOS[id]!;
            return (
              <label key={id} className={id === scenarioId ? 'scenario is-on' : 'scenario'}>
                <input
                  type="radio"
                  name="scenario"
                  value={id}
                  checked={id === scenarioId}
                  onChange={() => setScenarioId(id)}
                />
                <span className="scenario-title">{textIn(s.title, lang)}</span>
                <span className="scenario-meta">
                  {textIn(s.startDate, lang)} · {t('start.rounds', { count: s.rounds })}
                </span>
                <span className="scenario-summary">{textIn(s.summary, lang)}</span>
              </label>
            );
          })}
        </fieldset>
        <ScenarioNotes scenario={chosen} />
        <fieldset className="seats">
          <legend>{t('start.seats')}</legend>
          {POWERS.map((p) => (
            <label key={p} className="seat-row">
              <PowerMark power={p} />
              <span className="seat-name">{powerName(t, p)}</span>
              <select
                value={seatValue(seats[p])}
                onChange={(e) => setSeat(p, e.target.value)}
                data-testid={`seat-${p}`}
              >
                <option value="human">{t('start.human')}</option>
                {PLAY_LEVELS.map((l) => (
                  <option key={l.id} value={`bot:${l.id}`} title={l.blurb}>
                    {t('start.computer', { level: tr(t, `bots.${l.id}`, { defaultValue: l.label }) })}
                  </option>
                ))}
                <optgroup label={t('start.otherBots')}>
                  {BOTS.filter((b) => !PLAY_LEVELS.some((l) => l.id === b.id)).map((b) => (
                    <option key={b.id} value={`bot:${b.id}`}>
                      {t('start.computer', { level: tr(t, `bots.${b.id}`, { defaultValue: b.label }) })}
                    </option>
                  ))}
                </optgroup>
              </select>
            </label>
          ))}
        </fieldset>
        <details className="options">
          <summary>{t('start.options')}</summary>
          <label>
            <span>{t('start.seed')}</span>
            <input value={seed} onChange={(e) => setSeed(e.target.value)} inputMode="numeric" data-testid="seed" />
          </label>
          <label>
            <span>{t('start.speed')}</span>
            <select value={speed} onChange={(e) => setSpeed(e.target.value as Speed)} data-testid="start-speed">
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {t(`speed.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </details>
        <button type="submit" className="primary big" data-testid="start-game">
          {t('start.start')}
        </button>
      </form>
      {extra}
    </main>
  );
}

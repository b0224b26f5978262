/**
 * The first screen: resume the game in progress (or learn that the save is damaged, or that the last
 * game could not be saved, and start over), or set up a new one — a scenario (a shipped one, or the
 * teacher's own once loaded; each card with its lesson clock and teacher notes), who plays (a class of
 * five groups, one student against the computer, or each seat chosen), the computer levels by plain
 * names — and the tutorial suggested on a first visit, the rules and notes one click away, and the
 * past games on this device. Everything destructive asks first (ui/common/Confirm.tsx).
 *
 * It loads none of the engine: the shipped scenarios' cards and the bots' ids come from the build
 * (`virtual:rotw-start`, see cards.ts), and "How to play" loads its scenario when opened.
 */
import { Suspense, lazy, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import startData from 'virtual:rotw-start';
import type { Problem } from '../../game/result.ts';
import type { Scenario } from '../../game/schema.ts';
import { SPEEDS, allHuman, type Seats, type Speed } from '../../game/seats.ts';
import { textIn } from '../../game/text.ts';
import { POWERS, type Power } from '../../game/vocabulary.ts';
import { useConfirm } from '../common/Confirm.tsx';
import '../common/common.css';
import { OFFERED, docHref, hasDoc } from '../docs/docs.ts';
import { LanguagePicker } from '../i18n/LanguagePicker.tsx';
import { PowerMark } from '../panel/PowerMark.tsx';
import { listOf, powerName, tr } from '../view/names.ts';
import { scenarioCard, type ScenarioCard } from './cards.ts';
import { LazyScenarioNotes, TeacherKitButton } from './LazyParts.tsx';
import { randomSeed, rememberWelcome, seatOf, seatValue, soloSeats, welcomed } from './welcome.ts';
import { PastGames, type PastSummary } from './PastGames.tsx';

const HowToPlay = lazy(() => import('./HowToPlayLazy.tsx'));

export interface NewGame {
  scenarioId: string;
  /** The teacher's own scenario, when that is the one chosen (then `scenarioId` is its id). */
  custom?: Scenario;
  seed: string;
  seats: Seats;
  speed: Speed;
}

/** What the start screen knows about the saved game (`checking` until the save has been read). */
export type SavedSummary =
  | { kind: 'none' }
  | { kind: 'checking' }
  | { kind: 'lost' }
  | { kind: 'game'; scenario: string; round: number; rounds: number; ended: boolean }
  | { kind: 'broken'; problems: Problem[] };

interface Props {
  saved: SavedSummary;
  onStart: (game: NewGame) => void;
  onResume: () => void;
  /** Delete the saved game (asked first here). */
  onDiscard: () => void;
  /** Past games on this device, newest first. */
  past?: readonly PastSummary[];
  onPastDebrief?: (id: string) => void;
  onPastResume?: (id: string) => void;
  onPastDelete?: (id: string) => void;
  /** A line to say what just happened ("the finished game is kept under Past games"). */
  notice?: string | null;
  /** Room for more entries (custom scenarios, imports, replays) added by other screens. */
  extra?: ReactNode;
  /** The teacher's own scenario, loaded from a file: listed first and chosen when it arrives. */
  custom?: Scenario | null;
}

/** The radio value of the teacher's own scenario (shipped ids never start with a colon). */
const CUSTOM = ':custom';
const TUTORIAL = startData.cards.find((c) => c.tutorial);

type Who = 'class' | 'solo' | 'each';

export function StartScreen(props: Props) {
  const { saved, onStart, onResume, onDiscard, extra, custom = null, past = [], notice = null } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [scenarioId, setScenarioId] = useState(startData.cards[0]?.id ?? '');
  const [who, setWho] = useState<Who>('class');
  const [me, setMe] = useState<Power>('tajikistan');
  const [level, setLevel] = useState(startData.levels[0] ?? 'novice');
  const [seats, setSeats] = useState<Seats>(allHuman);
  const [seed, setSeed] = useState(randomSeed);
  const [speed, setSpeed] = useState<Speed>('normal');
  const [firstVisit, setFirstVisit] = useState(() => !welcomed());
  const [howTo, setHowTo] = useState(false);
  const [dialog, confirm] = useConfirm();
  const customRadio = useRef<HTMLInputElement>(null);
  const howToOpener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!custom) return;
    setScenarioId(CUSTOM);
    customRadio.current?.focus();
    customRadio.current?.scrollIntoView({ block: 'center' });
  }, [custom]);

  const levelName = (id: string) =>
    t('startPage.computer', { level: tr(t, `startPage.level.${id}`, { defaultValue: id }) });
  const inProgress = saved.kind === 'game' && !saved.ended ? saved : null;

  /** True to go on: nothing in progress, or the teacher agreed to set it aside. */
  const mayReplace = async () =>
    !inProgress ||
    confirm({
      title: t('confirmDialog.replaceTitle'),
      body: t('confirmDialog.replaceBody', {
        scenario: inProgress.scenario,
        round: inProgress.round,
        rounds: inProgress.rounds,
      }),
      yes: t('confirmDialog.replaceYes'),
    });
  /** Start, after asking when a game in progress would be set aside. */
  const begin = async (game: NewGame) => {
    if (!(await mayReplace())) return;
    if (game.scenarioId === TUTORIAL?.id) rememberWelcome();
    onStart(game);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const mine = scenarioId === CUSTOM && custom ? { scenarioId: custom.id, custom } : { scenarioId };
    void begin({ ...mine, seed: seed.trim() || randomSeed(), seats, speed });
  };
  const playTutorial = () => {
    if (!TUTORIAL) return;
    setScenarioId(TUTORIAL.id);
    void begin({ scenarioId: TUTORIAL.id, seed: seed.trim() || randomSeed(), seats, speed });
  };
  const dismissWelcome = () => {
    rememberWelcome();
    setFirstVisit(false);
  };
  const discard = async () => {
    if (saved.kind !== 'game') return;
    const yes = await confirm({
      title: t('confirmDialog.discardTitle'),
      body: t('confirmDialog.discardBody', { scenario: saved.scenario }),
      yes: t('confirmDialog.discardYes'),
      no: t('confirmDialog.keep'),
    });
    if (yes) onDiscard();
  };
  const startOver = async () => {
    const yes = await confirm({
      title: t('confirmDialog.brokenTitle'),
      body: t('confirmDialog.brokenBody'),
      yes: t('confirmDialog.brokenYes'),
      no: t('confirmDialog.keep'),
    });
    if (yes) onDiscard();
  };
  const choose = (next: Who) => {
    setWho(next);
    if (next === 'class') setSeats(allHuman());
    if (next === 'solo') setSeats(soloSeats(me, level));
  };
  const setSeat = (p: Power, v: string) => {
    setSeats({ ...seats, [p]: seatOf(v) });
    setWho('each');
  };

  const cards: { card: ScenarioCard; value: string; own: boolean }[] = [
    ...(custom ? [{ card: scenarioCard(custom), value: CUSTOM, own: true }] : []),
    ...startData.cards.map((card) => ({ card, value: card.id, own: false })),
  ];
  const chosenRules = scenarioId === CUSTOM ? custom : null;
  return (
    <main className="start" data-testid="start">
      <header className="start-head">
        <LanguagePicker />
        <button
          ref={howToOpener}
          type="button"
          className="howto-open"
          onClick={() => setHowTo(true)}
          title={t('rules.openHint')}
          aria-haspopup="dialog"
          data-testid="open-howto"
        >
          {t('rules.open')}
        </button>
        <Suspense fallback={null}>
          <TeacherKitButton scenarioId={scenarioId} />
        </Suspense>
        <h1>{t('app.title')}</h1>
        <p>{t('app.tagline')}</p>
      </header>
      {howTo && (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <HowToPlay
            scenarioId={scenarioId === CUSTOM ? null : scenarioId}
            custom={chosenRules}
            onClose={() => {
              setHowTo(false);
              howToOpener.current?.focus();
            }}
          />
        </Suspense>
      )}
      {dialog}
      {notice && (
        <p className="start-notice" role="status" data-testid="start-notice">
          {notice}
        </p>
      )}
      {firstVisit && TUTORIAL && saved.kind !== 'game' && (
        <section className="first-visit" aria-labelledby="first-visit-title" data-testid="first-visit">
          <h2 id="first-visit-title">{t('startPage.firstHeading')}</h2>
          <p>{t('startPage.firstText', { rounds: TUTORIAL.rounds, minutes: TUTORIAL.lesson.minutes })}</p>
          <div className="confirm-row">
            <button type="button" className="primary big" onClick={playTutorial} data-testid="play-tutorial">
              {t('startPage.firstPlay')}
            </button>
            <a className="button-link" href={docHref({ kind: 'doc', name: 'rules' })} data-testid="first-rules">
              {t('startPage.firstRules')}
            </a>
            <button type="button" onClick={dismissWelcome} data-testid="dismiss-first-visit">
              {t('startPage.firstDismiss')}
            </button>
          </div>
        </section>
      )}
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
          <button type="button" className="primary" onClick={() => void startOver()} data-testid="start-over">
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
            <button type="button" onClick={() => void discard()} data-testid="discard">
              {t('start.discard')}
            </button>
          </div>
        </section>
      )}
      <form className="setup" onSubmit={submit} aria-labelledby="setup-title">
        <h2 id="setup-title">{t('start.heading')}</h2>
        <fieldset className="scenarios">
          <legend>{t('start.scenario')}</legend>
          {cards.map(({ card, value, own }) => {
            const on = value === scenarioId;
            const hintId = `lesson-${value.replace(/[^\w-]/g, '')}`;
            return (
              <div
                key={value}
                className={on ? 'scenario is-on' : 'scenario'}
                data-testid={own ? 'custom-scenario' : `card-${value}`}
              >
                <label className="scenario-pick">
                  <input
                    ref={own ? customRadio : undefined}
                    type="radio"
                    name="scenario"
                    value={value}
                    checked={on}
                    onChange={() => setScenarioId(value)}
                    aria-describedby={hintId}
                  />
                  <span className="scenario-title">
                    {textIn(card.title, lang)} {own && <span className="custom-tag">{t('start.customTag')}</span>}
                    {card.tutorial && <span className="custom-tag">{t('startPage.guided')}</span>}
                  </span>
                </label>
                <span className="scenario-meta">
                  {textIn(card.startDate, lang)} · {t('start.rounds', { count: card.rounds })} ·{' '}
                  <strong className="lesson" data-testid="lesson-clock">
                    {t('startPage.lesson', { minutes: card.lesson.minutes })}
                  </strong>
                </span>
                <span className="scenario-summary">{textIn(card.summary, lang)}</span>
                <span className="sr-only" id={hintId}>
                  {t('startPage.lessonHint', { ...card.lesson })}
                </span>
                {!own && (
                  <a
                    className="scenario-notes"
                    href={docHref({ kind: 'notes', scenario: card.id })}
                    data-testid={`notes-${card.id}`}
                  >
                    {t('startPage.notes')}
                  </a>
                )}
              </div>
            );
          })}
        </fieldset>
        <Suspense fallback={null}>
          <LazyScenarioNotes id={scenarioId === CUSTOM ? null : scenarioId} custom={chosenRules} />
        </Suspense>
        <fieldset className="who" data-testid="who">
          <legend>{t('startPage.who')}</legend>
          {(['class', 'solo', 'each'] as const).map((w) => (
            <label key={w} className={who === w ? 'who-choice is-on' : 'who-choice'}>
              <input
                type="radio"
                name="who"
                value={w}
                checked={who === w}
                onChange={() => choose(w)}
                data-testid={`who-${w}`}
              />
              <span>
                <strong>{t(`startPage.who${w === 'class' ? 'Class' : w === 'solo' ? 'Solo' : 'Each'}`)}</strong>
                <br />
                <span className="muted">
                  {t(`startPage.who${w === 'class' ? 'ClassHint' : w === 'solo' ? 'SoloHint' : 'EachHint'}`)}
                </span>
              </span>
            </label>
          ))}
          {who === 'solo' && (
            <div className="solo-row">
              <label>
                <span>{t('startPage.playAs')}</span>
                <select
                  value={me}
                  onChange={(e) => {
                    const p = e.target.value as Power;
                    setMe(p);
                    setSeats(soloSeats(p, level));
                  }}
                  data-testid="solo-power"
                >
                  {POWERS.map((p) => (
                    <option key={p} value={p}>
                      {powerName(t, p)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span>{t('startPage.opponents')}</span>
                <select
                  value={level}
                  onChange={(e) => {
                    setLevel(e.target.value);
                    setSeats(soloSeats(me, e.target.value));
                  }}
                  data-testid="solo-level"
                >
                  {startData.levels.map((l) => (
                    <option key={l} value={l}>
                      {levelName(l)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
        </fieldset>
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
                <option value="human">{t('startPage.human')}</option>
                {startData.levels.map((l) => (
                  <option key={l} value={`bot:${l}`} title={tr(t, `startPage.levelHint.${l}`, { defaultValue: '' })}>
                    {levelName(l)}
                  </option>
                ))}
                <optgroup label={t('startPage.otherBots')}>
                  {startData.otherBots.map((b) => (
                    <option key={b} value={`bot:${b}`}>
                      {levelName(b)}
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
      <section className="docs-links" aria-labelledby="docs-links-title" data-testid="docs-links">
        <h2 id="docs-links-title">{t('startPage.docsHeading')}</h2>
        <ul>
          {OFFERED.filter(hasDoc).map((d) => (
            <li key={d}>
              <a href={docHref({ kind: 'doc', name: d })} data-testid={`doc-${d}`}>
                {t(
                  d === 'rules'
                    ? 'startPage.docRules'
                    : d === 'teacher'
                      ? 'startPage.docTeacher'
                      : 'startPage.docScenarios',
                )}
              </a>
            </li>
          ))}
          {scenarioId !== CUSTOM && (
            <li>
              <a href={docHref({ kind: 'notes', scenario: scenarioId })} data-testid="doc-notes">
                {t('startPage.notes')}: {textIn(startData.cards.find((c) => c.id === scenarioId)?.title ?? '', lang)}
              </a>
            </li>
          )}
        </ul>
      </section>
      {past.length > 0 && (
        <PastGames
          games={past}
          onDebrief={props.onPastDebrief}
          onResume={
            props.onPastResume && ((id: string) => void mayReplace().then((yes) => yes && props.onPastResume?.(id)))
          }
          onDelete={props.onPastDelete}
          confirm={confirm}
          winnersOf={(w) =>
            listOf(
              w.map((p) => powerName(t, p)),
              lang,
            )
          }
        />
      )}
      {extra}
    </main>
  );
}

/**
 * The teacher's page, as views: the secret form, the form for a new class session (several
 * matches: a scenario and, per power, a group or a computer level), the list of sessions, and one
 * session live — per match its join code and QR code to project, the projector link, the round,
 * pause, and each seat with who plays it and the hand-over control; ending every match asks first.
 * Everything it shows comes in as props; everything it does goes out through callbacks.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { POWERS, SCENARIO_IDS, getScenario, textIn, type Power } from '../../game/index.ts';
import { useNetT } from '../i18n/net.ts';
import type { ClassInfo, MatchInfo, NewMatch } from './types.ts';
import './net.css';

export function SecretForm({ wrong, onSubmit }: { wrong: boolean; onSubmit: (secret: string) => void }) {
  const tn = useNetT();
  const [secret, setSecret] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (secret.trim()) onSubmit(secret.trim());
  };
  return (
    <form className="net-card" onSubmit={submit} data-testid="secret-form">
      <label htmlFor="teacher-secret">{tn('teacher.secretLabel')}</label>
      <input
        id="teacher-secret"
        type="password"
        autoComplete="current-password"
        value={secret}
        onChange={(e) => setSecret(e.target.value)}
        aria-describedby="teacher-secret-hint"
      />
      <p id="teacher-secret-hint" className="net-hint">
        {tn('teacher.secretHint')}
      </p>
      {wrong && (
        <p role="alert" className="net-error">
          {tn('teacher.secretWrong')}
        </p>
      )}
      <button type="submit" className="primary">
        {tn('teacher.secretSubmit')}
      </button>
    </form>
  );
}

/** The seat choices of the new-class form: a group, or a computer at a level. */
type SeatChoice = 'group' | `computer:${string}`;
interface Draft {
  scenario: string;
  seats: Record<Power, SeatChoice>;
}

const newDraft = (): Draft => ({
  scenario: SCENARIO_IDS.find((id) => id !== 'tutorial') ?? SCENARIO_IDS[0]!,
  seats: Object.fromEntries(POWERS.map((p) => [p, 'group'])) as Record<Power, SeatChoice>,
});

export function NewClassForm(props: {
  levels: readonly string[];
  busy: boolean;
  onCreate: (name: string, matches: NewMatch[]) => void;
}) {
  const { levels, busy, onCreate } = props;
  const tn = useNetT();
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [drafts, setDrafts] = useState<Draft[]>(() => [newDraft()]);
  const change = (i: number, d: Draft) => setDrafts((all) => all.map((x, j) => (j === i ? d : x)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    onCreate(
      name.trim(),
      drafts.map((d) => ({ scenario: d.scenario, seats: d.seats })),
    );
  };
  return (
    <form className="net-card" onSubmit={submit} data-testid="new-class">
      <h2>{tn('teacher.newClass')}</h2>
      <label htmlFor="class-name">{tn('teacher.className')}</label>
      <input id="class-name" value={name} maxLength={80} required onChange={(e) => setName(e.target.value)} />
      {drafts.map((d, i) => (
        <fieldset key={i} className="net-draft" data-testid={`draft-${i}`}>
          <legend>{tn('teacher.match', { n: i + 1 })}</legend>
          <label>
            {tn('teacher.scenario')}{' '}
            <select
              value={d.scenario}
              data-testid={`draft-${i}-scenario`}
              onChange={(e) => change(i, { ...d, scenario: e.target.value })}
            >
              {SCENARIO_IDS.map((id) => (
                <option key={id} value={id}>
                  {textIn(getScenario(id)!.title, i18n.language)}
                </option>
              ))}
            </select>
          </label>
          <div className="net-seat-grid">
            {POWERS.map((p) => (
              <label key={p}>
                <span>{t(`power.${p}`)}</span>
                <select
                  value={d.seats[p]}
                  data-testid={`draft-${i}-seat-${p}`}
                  onChange={(e) => change(i, { ...d, seats: { ...d.seats, [p]: e.target.value as SeatChoice } })}
                >
                  <option value="group">{tn('teacher.seatGroup')}</option>
                  {levels.map((l) => (
                    <option key={l} value={`computer:${l}`}>
                      {tn('teacher.seatComputer', { level: t(`bots.${l}` as 'bots.novice') })}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {drafts.length > 1 && (
            <button type="button" onClick={() => setDrafts((all) => all.filter((_, j) => j !== i))}>
              {tn('teacher.removeMatch')}
            </button>
          )}
        </fieldset>
      ))}
      <div className="net-row">
        <button type="button" onClick={() => setDrafts((all) => [...all, newDraft()])} data-testid="add-match">
          {tn('teacher.addMatch')}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid="create-class">
          {busy ? tn('teacher.creating') : tn('teacher.create')}
        </button>
      </div>
    </form>
  );
}

export function SessionList({ classes, onOpen }: { classes: readonly ClassInfo[]; onOpen: (id: string) => void }) {
  const tn = useNetT();
  return (
    <section className="net-card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{tn('teacher.sessions')}</h2>
      {classes.length === 0 && <p>{tn('teacher.noSessions')}</p>}
      <ul className="net-list">
        {classes.map((c) => (
          <li key={c.id}>
            <button type="button" onClick={() => onOpen(c.id)} data-testid={`open-${c.id}`}>
              {tn('teacher.open')}
            </button>{' '}
            {c.name} · {new Date(c.created).toLocaleString()} · {c.matches.map((m) => m.code).join(', ')}
            {c.ended && ` · ${tn('teacher.ended')}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface SessionActions {
  onPause: (matchID: string, paused: boolean) => void;
  onSeat: (matchID: string, power: Power, to: string) => void;
  onEnd: () => void;
  onDebrief: () => void;
  onBack: () => void;
}

export function SessionPanel(
  props: {
    info: ClassInfo;
    /** Where groups open the join page, e.g. http://192.168.1.10:8000 */
    origin: string;
    /** QR codes (data URLs) by join code. */
    qr: Readonly<Record<string, string>>;
    levels: readonly string[];
    error: string | null;
  } & SessionActions,
) {
  const { info, origin, qr, levels, error, onEnd, onDebrief, onBack } = props;
  const tn = useNetT();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="net-session" data-testid="session" data-class={info.id} aria-labelledby="session-title">
      <div className="net-row">
        <button type="button" onClick={onBack}>
          {tn('teacher.back')}
        </button>
        <h2 id="session-title">{info.name}</h2>
      </div>
      {error && (
        <p role="alert" className="net-error">
          {tn('teacher.failed', { message: error })}
        </p>
      )}
      <div className="net-matches">
        {info.matches.map((m, i) => (
          <MatchCard
            key={m.matchID}
            n={i + 1}
            match={m}
            origin={origin}
            qr={qr[m.code]}
            levels={levels}
            onPause={props.onPause}
            onSeat={props.onSeat}
          />
        ))}
      </div>
      <div className="net-row">
        {!info.ended && !confirming && (
          <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="end-all">
            {tn('teacher.endAll')}
          </button>
        )}
        {confirming && (
          <span role="alertdialog" aria-label={tn('teacher.endConfirm')} className="net-confirm">
            {tn('teacher.endConfirm')}{' '}
            <button
              type="button"
              className="danger"
              data-testid="end-yes"
              onClick={() => {
                setConfirming(false);
                onEnd();
              }}
            >
              {tn('teacher.endYes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {tn('teacher.endNo')}
            </button>
          </span>
        )}
        <button type="button" onClick={onDebrief} data-testid="class-debrief">
          {tn('teacher.debrief')}
        </button>
      </div>
    </section>
  );
}

function MatchCard(
  props: { n: number; match: MatchInfo; origin: string; qr: string | undefined; levels: readonly string[] } & Pick<
    SessionActions,
    'onPause' | 'onSeat'
  >,
) {
  const { n, match: m, origin, qr, levels, onPause, onSeat } = props;
  const tn = useNetT();
  const { t, i18n } = useTranslation();
  const scenario = getScenario(m.scenario);
  const joinUrl = `${origin}/join/${m.code}`;
  return (
    <article className="net-card net-match" data-testid={`match-${n}`} data-match={m.matchID} data-code={m.code}>
      <h3>
        {tn('teacher.match', { n })}: {scenario ? textIn(scenario.title, i18n.language) : m.scenario}
      </h3>
      <div className="net-code-block">
        <div>
          <p className="net-hint">{tn('teacher.code')}</p>
          <p className="net-code" data-testid="join-code">
            {m.code}
          </p>
          <p className="net-hint">{tn('teacher.joinAt', { url: `${origin}/join` })}</p>
          <p>
            <a href={`/watch/${m.code}`} target="_blank" rel="noreferrer">
              {tn('teacher.watch')}
            </a>
          </p>
        </div>
        {qr && <img className="net-qr" src={qr} alt={tn('teacher.qrAlt', { n, code: m.code })} data-url={joinUrl} />}
      </div>
      <p data-testid="match-state">
        {m.round !== null && scenario && tn('teacher.round', { round: m.round, rounds: scenario.rounds })}
        {m.waitingFor && !m.ended && ` · ${tn('teacher.waitingFor', { power: t(`power.${m.waitingFor}`) })}`}
        {m.paused && !m.ended && ` · ${tn('teacher.paused')}`}
        {m.ended && ` · ${tn('teacher.matchEnded')}`}
      </p>
      {!m.ended && (
        <button type="button" onClick={() => onPause(m.matchID, !m.paused)} data-testid="pause">
          {m.paused ? tn('teacher.resume') : tn('teacher.pause')}
        </button>
      )}
      <table className="net-seats">
        <thead>
          <tr>
            <th scope="col">{tn('teacher.seat')}</th>
            <th scope="col">{tn('teacher.who')}</th>
            <th scope="col">{tn('teacher.handTo')}</th>
          </tr>
        </thead>
        <tbody>
          {m.seats.map((s) => (
            <tr key={s.power} data-testid={`seat-${s.power}`} data-mode={s.mode} data-taken={s.taken}>
              <th scope="row">{t(`power.${s.power}`)}</th>
              <td>
                {s.mode === 'computer'
                  ? tn('teacher.computer', { level: t(`bots.${s.bot ?? 'novice'}` as 'bots.novice') })
                  : s.taken
                    ? s.name
                    : tn('teacher.free')}
                {s.assigned && s.mode === 'group' && ` (${tn('teacher.assigned', { label: s.assigned })})`}
              </td>
              <td>
                {!m.ended && (
                  <select
                    aria-label={`${tn('teacher.handTo')}: ${t(`power.${s.power}`)}`}
                    value=""
                    data-testid={`hand-${s.power}`}
                    onChange={(e) => e.target.value && onSeat(m.matchID, s.power, e.target.value)}
                  >
                    <option value="">—</option>
                    {levels.map((l) => (
                      <option key={l} value={`computer:${l}`}>
                        {tn('teacher.seatComputer', { level: t(`bots.${l}` as 'bots.novice') })}
                      </option>
                    ))}
                    <option value="group">{tn('teacher.backToGroup')}</option>
                  </select>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

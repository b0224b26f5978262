/**
 * Joining a match, as views: the code form (typed, or filled from /join/<CODE> after a QR scan), then
 * the seats — free ones to pick, the one the teacher assigned marked, taken and computer ones shown
 * but not offered — and the group's name. A device that already holds a seat in this match is
 * offered only the way back to it.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getScenario, textIn, type Power } from '../../game/index.ts';
import { useNetT } from '../i18n/net.ts';
import type { JoinInfo } from './types.ts';
import './net.css';

export function CodeForm(props: {
  initial: string;
  busy: boolean;
  error: string | null;
  onSubmit: (code: string) => void;
}) {
  const tn = useNetT();
  const [code, setCode] = useState(props.initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) props.onSubmit(code.trim());
  };
  return (
    <form className="net-card" onSubmit={submit} data-testid="code-form">
      <label htmlFor="join-code">{tn('join.codeLabel')}</label>
      <input
        id="join-code"
        className="net-code-input"
        value={code}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        maxLength={12}
        onChange={(e) => setCode(e.target.value.toUpperCase())}
      />
      {props.error && (
        <p role="alert" className="net-error">
          {props.error}
        </p>
      )}
      <button type="submit" className="primary" disabled={props.busy}>
        {tn('join.codeSubmit')}
      </button>
    </form>
  );
}

export function SeatPicker(props: {
  info: JoinInfo;
  busy: boolean;
  error: string | null;
  onJoin: (power: Power, name: string) => void;
}) {
  const { info, busy, error, onJoin } = props;
  const tn = useNetT();
  const { t, i18n } = useTranslation();
  const free = info.seats.filter((s) => s.free);
  const [power, setPower] = useState<Power | null>(free.length === 1 ? free[0]!.power : null);
  const [name, setName] = useState('');
  const scenario = getScenario(info.scenario);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (power && name.trim()) onJoin(power, name.trim());
  };
  if (info.ended) return <p className="net-card">{tn('join.ended')}</p>;
  return (
    <form className="net-card" onSubmit={submit} data-testid="seat-picker">
      <h2>{scenario ? textIn(scenario.title, i18n.language) : info.scenario}</h2>
      <fieldset>
        <legend>{tn('join.pick')}</legend>
        {info.seats.map((s) => (
          <label key={s.power} className={`net-seat-option${s.free ? '' : ' unavailable'}`}>
            <input
              type="radio"
              name="power"
              value={s.power}
              disabled={!s.free}
              checked={power === s.power}
              onChange={() => setPower(s.power)}
              data-testid={`pick-${s.power}`}
            />
            <span className="net-seat-power">{t(`power.${s.power}`)}</span>
            {s.assigned && s.free && <span> — {tn('join.forYou', { label: s.assigned })}</span>}
            {!s.free && s.computer && <span> — {tn('join.computerSeat')}</span>}
            {!s.free && !s.computer && <span> — {tn('join.taken', { name: s.name ?? '?' })}</span>}
          </label>
        ))}
      </fieldset>
      <label htmlFor="group-name">{tn('join.name')}</label>
      <input id="group-name" value={name} maxLength={40} required onChange={(e) => setName(e.target.value)} />
      {error && (
        <p role="alert" className="net-error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy || !power || !name.trim()} data-testid="join">
        {busy ? tn('join.joining') : tn('join.submit')}
      </button>
    </form>
  );
}

export function AlreadySeated(props: { power: Power; name: string; onBack: () => void }) {
  const tn = useNetT();
  const { t } = useTranslation();
  return (
    <div className="net-card" data-testid="already-seated">
      <p>{tn('join.already', { power: t(`power.${props.power}`), name: props.name })}</p>
      <button type="button" className="primary" onClick={props.onBack}>
        {tn('join.backToSeat')}
      </button>
    </div>
  );
}

/** The network page's frame: title and language picker slot. */
export function NetPage(props: { title: string; children: React.ReactNode; aside?: React.ReactNode }) {
  return (
    <div className="net-page">
      <header className="net-head">
        <h1>{props.title}</h1>
        {props.aside}
      </header>
      <main>{props.children}</main>
    </div>
  );
}

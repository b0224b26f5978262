/**
 * Joining: the code (from the path after a QR scan, or typed), the seats of its match, a power and a
 * name; the credentials the server gives are kept for this match only (`seat.ts`) and the device
 * goes to its board. A device that already has a seat in the match is sent back to that seat.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Power } from '../../../game/index.ts';
import { useNetT } from '../../../ui/i18n/net.ts';
import { AlreadySeated, CodeForm, NetPage, SeatPicker } from '../../../ui/net/JoinView.tsx';
import type { JoinInfo } from '../../../ui/net/types.ts';
import { api } from './api.ts';
import { readSeat, writeSeat } from './seat.ts';

export function JoinScreen({ code: initial, picker }: { code: string; picker: ReactNode }) {
  const tn = useNetT();
  const [info, setInfo] = useState<JoinInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const explain = useCallback(
    (a: { status: number; error: string; message: string }) => {
      if (a.status === 404) return tn('join.noCode');
      if (a.status === 429) return tn('join.tooMany');
      if (a.status === 0) return tn('join.offline');
      return tn('join.refused', { message: a.message });
    },
    [tn],
  );

  const find = useCallback(
    async (code: string) => {
      setBusy(true);
      setError(null);
      const a = await api.joinInfo(code);
      setBusy(false);
      if (a.ok) {
        setInfo(a.value);
        if (window.location.pathname !== `/join/${a.value.code}`)
          window.history.replaceState(null, '', `/join/${a.value.code}`);
      } else setError(explain(a));
    },
    [explain],
  );

  useEffect(() => {
    if (initial) void find(initial);
  }, [initial, find]);

  const join = async (power: Power, name: string) => {
    if (!info) return;
    setBusy(true);
    setError(null);
    const a = await api.join(info.code, power, name);
    setBusy(false);
    if (!a.ok) {
      setError(explain(a));
      void find(info.code);
      return;
    }
    const seated = a.value;
    writeSeat({ ...seated, name, code: info.code, scenario: info.scenario });
    window.location.assign(`/play/${seated.matchID}`);
  };

  const mine = info ? readSeat(info.matchID) : null;
  let body: ReactNode;
  if (info && mine) {
    body = (
      <AlreadySeated
        power={mine.power}
        name={mine.name}
        onBack={() => window.location.assign(`/play/${mine.matchID}`)}
      />
    );
  } else if (info) {
    body = <SeatPicker info={info} busy={busy} error={error} onJoin={(p, n) => void join(p, n)} />;
  } else {
    body = <CodeForm initial={initial} busy={busy} error={error} onSubmit={(c) => void find(c)} />;
  }
  return (
    <NetPage title={tn('join.title')} aside={picker}>
      {body}
    </NetPage>
  );
}

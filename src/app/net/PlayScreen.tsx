/**
 * A group's board over the network: the seat kept on this device for this match (`seat.ts`) — or,
 * without one, the way to join — connected through `NetMatch`, shown with the same board the hot
 * seat uses (`ui/board/Board`, the props GameScreen gives it), with the network's state in words
 * above it. The match's public status (pause, end, who sits where) is polled every three seconds;
 * a seat handed away (the server refuses the credentials, or the seat's generation moved on) is
 * shown as such and never played.
 */
import { useEffect, useMemo, useState } from 'react';
import { byPower, getScenario, type GameState, type Move, type Power, type Reason } from '../../../game/index.ts';
import type { Seats } from '../../../game/seats.ts';
import { Board } from '../../../ui/board/Board.tsx';
import { EndScreen } from '../../../ui/end/EndScreen.tsx';
import { useNetT } from '../../../ui/i18n/net.ts';
import { NetPage } from '../../../ui/net/JoinView.tsx';
import { NetBanner, boardBlocked } from '../../../ui/net/NetBanner.tsx';
import type { MatchStatus } from '../../../ui/net/types.ts';
import { api } from './api.ts';
import { NetMatch, type NetStatus } from './netMatch.ts';
import { readSeat } from './seat.ts';

interface Shown {
  status: NetStatus;
  view: GameState | null;
}

export function PlayScreen({ matchID }: { matchID: string }) {
  const tn = useNetT();
  const seat = useMemo(() => readSeat(matchID), [matchID]);
  const [match, setMatch] = useState<NetMatch | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [status, setStatus] = useState<MatchStatus | null>(null);
  const [showBoard, setShowBoard] = useState(false);

  useEffect(() => {
    const scenario = seat ? getScenario(seat.scenario) : undefined;
    if (!seat || !scenario) return;
    const m = new NetMatch({ matchID, scenario, playerID: seat.playerID, credentials: seat.credentials });
    const update = () => setShown({ status: m.netStatus(), view: m.ready() ? m.viewOf(seat.power) : null });
    const stop = m.subscribe(update);
    update();
    setMatch(m);
    return () => {
      stop();
      m.dispose();
    };
  }, [matchID, seat]);

  useEffect(() => {
    if (!seat) return;
    let live = true;
    const poll = async () => {
      const a = await api.status(matchID);
      if (live && a.ok) setStatus(a.value);
    };
    void poll();
    const timer = setInterval(() => void poll(), 3000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [matchID, seat]);

  const seats: Seats = useMemo(
    () =>
      byPower((p) =>
        status?.seats.find((s) => s.power === p)?.computer ? { kind: 'computer', bot: 'novice' } : { kind: 'human' },
      ),
    [status],
  );

  if (!seat) {
    return (
      <NetPage title={tn('play.noSeat')}>
        <p>
          <a href="/join">{tn('play.toJoin')}</a>
        </p>
      </NetPage>
    );
  }
  const mine = status?.seats.find((s) => s.power === seat.power);
  const handedAway = !!mine && (mine.computer || mine.generation !== seat.generation);
  const net = shown?.status;
  const flags = {
    connected: net?.connected ?? false,
    paused: status?.paused ?? false,
    ended: status?.ended ?? false,
    lost: (net?.lost ?? false) || handedAway,
  };
  const banner = (
    <NetBanner
      power={seat.power}
      name={seat.name}
      synced={net?.synced ?? false}
      pending={net?.pending ?? false}
      refused={net?.refused ?? null}
      onRejoin={() => window.location.assign(`/join/${seat.code}`)}
      {...flags}
    />
  );
  const view = shown?.view;
  if (!view || !match) return <div data-testid="net-waiting">{banner}</div>;
  const onMove = (move: Move): Reason | null => (flags.lost ? 'NOT_YOUR_TURN' : match.send(seat.power, move));
  if (view.step === 'ended' && !showBoard) {
    return (
      <>
        {banner}
        <EndScreen state={view} onShowBoard={() => setShowBoard(true)} onNewGame={() => window.location.assign('/')} />
      </>
    );
  }
  return (
    <div data-net-blocked={boardBlocked(flags)}>
      <Board
        view={view}
        viewer={seat.power as Power}
        seats={seats}
        speed="normal"
        notes={[]}
        canUndo={false}
        moves={view.log.length}
        onMove={onMove}
        onUndo={() => {}}
        onSpeed={() => {}}
        onQuit={() => window.location.assign('/')}
        alerts={banner}
      />
    </div>
  );
}

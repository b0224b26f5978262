/**
 * The projector page `/watch/<CODE>`: the match behind the code, followed live on a spectator socket
 * (no seat, no credentials: the server sends the spectator view, every agenda blanked).
 */
import { useEffect, useState } from 'react';
import { getScenario, type GameState } from '../../../game/index.ts';
import { useNetT } from '../../../ui/i18n/net.ts';
import { NetPage } from '../../../ui/net/JoinView.tsx';
import { ProjectorView } from '../../../ui/projector/ProjectorView.tsx';
import { api } from './api.ts';
import { NetMatch } from './netMatch.ts';

export function WatchScreen({ code }: { code: string }) {
  const tn = useNetT();
  const [view, setView] = useState<GameState | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let m: NetMatch | null = null;
    let live = true;
    void api.watch(code).then((a) => {
      const scenario = a.ok ? getScenario(a.value.scenario) : undefined;
      if (!live) return;
      if (!a.ok || !scenario) return setMissing(true);
      m = new NetMatch({ matchID: a.value.matchID, scenario, playerID: null, credentials: null });
      const match = m;
      match.subscribe(() => match.ready() && setView(match.viewOf(null)));
    });
    return () => {
      live = false;
      m?.dispose();
    };
  }, [code]);

  if (missing) return <NetPage title={tn('watch.title')}>{tn('watch.noCode')}</NetPage>;
  if (!view) return <NetPage title={tn('watch.title')}>{tn('watch.loading')}</NetPage>;
  return <ProjectorView view={view} />;
}

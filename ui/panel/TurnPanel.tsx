/**
 * The top of the side panel: whose decision it is, and the prompt for it when that power's human is
 * at the device — an event choice, an answer to a request, or the actions of its turn. Otherwise it
 * says whom the game waits for.
 */
import { useTranslation } from 'react-i18next';
import { actingPower, toMove, type GameState, type Move, type Power } from '../../game/index.ts';
import type { Seats } from '../../game/seats.ts';
import type { Intent } from '../board/intent.ts';
import { powerName } from '../view/names.ts';
import { ActionChooser } from './ActionChooser.tsx';
import { PowerMark } from './PowerMark.tsx';
import { RequestPrompt } from './RequestPrompt.tsx';

interface Props {
  view: GameState;
  viewer: Power | null;
  seats: Seats;
  intent: Intent;
  setIntent: (i: Intent) => void;
  onMove: (m: Move) => void;
  notice: string | null;
  explain: (text: string | null) => void;
}

export function TurnPanel({ view, viewer, seats, intent, setIntent, onMove, notice, explain }: Props) {
  const { t } = useTranslation();
  const waiting = toMove(view);
  if (view.step === 'ended') return <p className="turn-status">{t('panel.ended')}</p>;
  const mine = waiting !== null && waiting === viewer;
  const request = view.step === 'actions' ? view.requests[0] : undefined;
  const acting = actingPower(view);
  return (
    <section className="turn" data-testid="turn" data-actions-left={view.actionsLeft}>
      {mine ? (
        <header className="turn-head" data-power={viewer}>
          <PowerMark power={viewer} />
          <div>
            <h2>
              {t(request ? 'panel.yourAnswer' : view.step === 'event' ? 'panel.yourChoice' : 'panel.yourTurn', {
                power: powerName(t, viewer),
              })}
            </h2>
            <p>
              <span data-testid="my-ip" data-ip={view.ip[viewer]}>
                {t('panel.ip', { ip: view.ip[viewer] })}
              </span>
              {!request && view.step === 'actions' && acting === viewer && (
                <> · {t('panel.actionsLeft', { count: view.actionsLeft })}</>
              )}
            </p>
          </div>
        </header>
      ) : (
        <p className="turn-status" data-testid="waiting">
          {waiting && seats[waiting].kind === 'computer'
            ? t('panel.waitingComputer', { power: powerName(t, waiting) })
            : waiting
              ? t('panel.waitingHuman', { power: powerName(t, waiting) })
              : ''}
        </p>
      )}
      {notice && (
        <p className="notice" role="alert" data-testid="notice">
          {notice}
        </p>
      )}
      {mine && request && (
        <RequestPrompt
          view={view}
          me={viewer}
          request={request}
          onAnswer={(accept) => onMove({ kind: 'answer', accept })}
        />
      )}
      {mine && !request && view.step === 'actions' && (
        <ActionChooser
          view={view}
          me={viewer}
          intent={intent}
          setIntent={setIntent}
          onMove={onMove}
          explain={explain}
        />
      )}
    </section>
  );
}

/**
 * The top of the side panel: whose decision it is, and the prompt for it when that power's human is
 * at the device — an event choice, or the turn: a host's doors (free) and the one operation. Otherwise
 * it says whom the game waits for. What is offered comes from the engine's `pendingDecision`.
 */
import { useTranslation } from 'react-i18next';
import type { GameState, Move, Power } from '../../game/index.ts';
import type { PendingDecision } from '../../game/decision.ts';
import type { Seats } from '../../game/seats.ts';
import type { Intent } from '../board/intent.ts';
import { powerName } from '../view/names.ts';
import { ActionChooser } from './ActionChooser.tsx';
import { DoorControls } from './DoorControls.tsx';
import { PowerMark } from './PowerMark.tsx';

interface Props {
  view: GameState;
  viewer: Power | null;
  seats: Seats;
  pending: PendingDecision;
  intent: Intent;
  setIntent: (i: Intent) => void;
  onMove: (m: Move) => void;
  notice: string | null;
  explain: (text: string | null) => void;
}

export function TurnPanel({ view, viewer, seats, pending, intent, setIntent, onMove, notice, explain }: Props) {
  const { t } = useTranslation();
  if (pending.step === 'ended') return <p className="turn-status">{t('panel.ended')}</p>;
  const waiting = pending.power;
  const mine = waiting === viewer;
  const options = pending.step === 'turn' ? pending.options : null;
  const cap = view.scenario.rules.income.carryOver;
  return (
    <section className="turn" data-testid="turn" data-step={pending.step}>
      {mine ? (
        <header className="turn-head" data-power={viewer}>
          <PowerMark power={viewer} />
          <div>
            <h2>
              {t(pending.step === 'event' ? 'panel.yourChoice' : 'panel.yourTurn', { power: powerName(t, viewer) })}
            </h2>
            <p>
              <span data-testid="my-ip" data-ip={view.ip[viewer]}>
                {t('panel.ip', { ip: view.ip[viewer] })}
              </span>
              {pending.step === 'turn' && <> · {t('turn.oneOperation')}</>}
            </p>
            {pending.step === 'turn' && (
              <p className={view.ip[viewer] > cap ? 'carry is-warn' : 'carry'} data-testid="carry-over">
                {t('turn.carryOver', { cap })}
              </p>
            )}
          </div>
        </header>
      ) : (
        <p className="turn-status" data-testid="waiting">
          {seats[waiting].kind === 'computer'
            ? t('panel.waitingComputer', { power: powerName(t, waiting) })
            : t('panel.waitingHuman', { power: powerName(t, waiting) })}
        </p>
      )}
      {notice && (
        <p className="notice" role="alert" data-testid="notice">
          {notice}
        </p>
      )}
      {mine && options && <DoorControls options={options} onMove={onMove} explain={explain} />}
      {mine && options && (
        <ActionChooser
          view={view}
          me={viewer}
          options={options}
          intent={intent}
          setIntent={setIntent}
          onMove={onMove}
          explain={explain}
        />
      )}
    </section>
  );
}

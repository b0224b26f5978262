/**
 * The one operation of a turn: pick a kind, its size (a stepper), then a target from the list (or on
 * the map), each shown with its cost — the host's door price included — before it is chosen; see the
 * preview; confirm. Everything offered, every price and every refusal comes from the engine's
 * `pendingDecision`; a closed choice is never silently ignored: choosing it says why, in words.
 */
import { useTranslation } from 'react-i18next';
import { hostOf, type GameState, type Move, type Power } from '../../game/index.ts';
import type { TargetOption, TurnOptions } from '../../game/decision.ts';
import {
  NO_INTENT,
  atSize,
  chosenOption,
  kindReason,
  operationOf,
  takesRegion,
  type Intent,
  type IntentKind,
} from '../board/intent.ts';
import { coalitionName, powerName, regionName } from '../view/names.ts';
import { Dock } from './Dock.tsx';
import { PowerMark } from './PowerMark.tsx';
import { PreviewBox } from './PreviewBox.tsx';
import { SpecialInfo } from './SpecialInfo.tsx';

interface Props {
  view: GameState;
  me: Power;
  options: TurnOptions;
  intent: Intent;
  setIntent: (i: Intent) => void;
  onMove: (m: Move) => void;
  explain: (reasonText: string | null) => void;
}

const KINDS: IntentKind[] = ['aid', 'base', 'exercise', 'special', 'coalition'];

export function ActionChooser({ view, me, options, intent, setIntent, onMove, explain }: Props) {
  const { t } = useTranslation();
  const chosen = chosenOption(options, intent);
  const choose = (kind: IntentKind) => {
    const reason = kindReason(options, kind);
    explain(reason ? t('panel.cannot', { reason: t(`reason.${reason}`) }) : null);
    setIntent(intent.kind === kind ? NO_INTENT : { ...NO_INTENT, kind });
  };
  const pass = operationOf(options, 'pass').targets[0]!.sizes[0]!;
  const maxSize = intent.kind && intent.kind !== 'coalition' ? operationOf(options, intent.kind).maxSize : 1;
  return (
    <div className="chooser">
      <h3 className="chooser-title">{t('turn.chooseOperation')}</h3>
      <div className="kinds" role="group" aria-label={t('turn.chooseOperation')}>
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className={intent.kind === k ? 'kind is-on' : 'kind'}
            aria-pressed={intent.kind === k}
            title={t(`op.${k}Hint`)}
            onClick={() => choose(k)}
            data-testid={`kind-${k}`}
            data-legal={kindReason(options, k) === null}
          >
            {k === 'special' ? t(`special.name.${options.special.id}`) : t(`op.${k}`)}
          </button>
        ))}
        <button
          type="button"
          className="kind pass"
          onClick={() =>
            pass.reason ? explain(t('panel.cannot', { reason: t(`reason.${pass.reason}`) })) : onMove(pass.move)
          }
          data-testid="pass"
        >
          {t('panel.pass')}
        </button>
      </div>
      {intent.kind === 'special' ? (
        <SpecialInfo view={view} power={me} />
      ) : (
        intent.kind && <p className="hint">{t(`op.${intent.kind}Hint`)}</p>
      )}
      {maxSize > 1 && (
        <SizeStepper size={intent.size} max={maxSize} onSize={(size) => setIntent({ ...intent, size })} />
      )}
      {takesRegion(options, intent.kind) && (
        <TargetList
          me={me}
          targets={operationOf(options, intent.kind).targets}
          intent={intent}
          onPick={(target) => {
            const s = atSize(target, intent.size);
            explain(s.reason ? t('panel.cannot', { reason: t(`reason.${s.reason}`) }) : null);
            if (!s.reason) setIntent({ ...intent, region: target.region });
          }}
        />
      )}
      {intent.kind === 'coalition' && (
        <CoalitionPicker view={view} options={options} intent={intent} setIntent={setIntent} explain={explain} />
      )}
      {chosen && chosen.reason && (
        <p className="notice" role="alert">
          {t('panel.cannot', { reason: t(`reason.${chosen.reason}`) })}
        </p>
      )}
      {chosen && !chosen.reason && (
        <Dock label={t('layout.decision')}>
          <PreviewBox view={view} me={me} move={chosen.move} />
          <div className="confirm-row">
            <button type="button" className="primary" onClick={() => onMove(chosen.move)} data-testid="confirm">
              {t('panel.confirm')}
            </button>
            <button type="button" onClick={() => setIntent(NO_INTENT)}>
              {t('panel.cancel')}
            </button>
          </div>
        </Dock>
      )}
    </div>
  );
}

function SizeStepper({ size, max, onSize }: { size: number; max: number; onSize: (n: number) => void }) {
  const { t } = useTranslation();
  const now = Math.min(size, max);
  return (
    <div className="stepper" role="group" aria-label={t('turn.size')}>
      <span className="stepper-label">{t('turn.size')}</span>
      <button
        type="button"
        onClick={() => onSize(now - 1)}
        disabled={now <= 1}
        aria-label={t('turn.smaller')}
        data-testid="size-down"
      >
        −
      </button>
      <output aria-live="polite" data-testid="size" data-size={now}>
        {t('turn.sizeOf', { size: now, max })}
      </output>
      <button
        type="button"
        onClick={() => onSize(now + 1)}
        disabled={now >= max}
        aria-label={t('turn.larger')}
        data-testid="size-up"
      >
        +
      </button>
    </div>
  );
}

/** The targets of a region operation, each with its cost at the chosen size (door price included). */
function TargetList({
  me,
  targets,
  intent,
  onPick,
}: {
  me: Power;
  targets: readonly TargetOption[];
  intent: Intent;
  onPick: (t: TargetOption) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="targets" role="group" aria-label={t('turn.targets')}>
      <p className="hint strong">{t('turn.pickTarget')}</p>
      <ul>
        {targets.map((target) => {
          const s = atSize(target, intent.size);
          const region = target.region!;
          const host = hostOf(region);
          const on = intent.region === region;
          const cost =
            s.cost === null
              ? t('turn.doorClosed', { host: powerName(t, host) })
              : target.fee && host !== me
                ? t('turn.costWithDoor', { cost: s.cost, fee: target.fee, host: powerName(t, host) })
                : t('turn.cost', { cost: s.cost });
          return (
            <li key={region}>
              <button
                type="button"
                className={['target', on ? 'is-on' : '', s.reason ? 'is-closed' : ''].join(' ')}
                aria-pressed={on}
                onClick={() => onPick(target)}
                data-testid={`target-${region}`}
                data-legal={s.reason === null}
                data-cost={s.cost ?? ''}
              >
                <span className="target-name">
                  {regionName(t, region)}
                  {target.expand !== undefined && (
                    <span className="target-note"> · {t(target.expand ? 'turn.expand' : 'turn.build')}</span>
                  )}
                </span>
                <span className="target-cost">{cost}</span>
                {target.tension > 0 && s.reason === null && (
                  <span className="target-warn"> · {t('turn.tension', { tension: target.tension })}</span>
                )}
                {s.reason && s.reason !== 'DOOR_CLOSED' && (
                  <span className="target-why">{t(`reason.${s.reason}`)}</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function CoalitionPicker({ view, options, intent, setIntent, explain }: Omit<Props, 'onMove' | 'me'>) {
  const { t, i18n } = useTranslation();
  const toggle = (p: Power) => {
    const invitees = intent.invitees.includes(p) ? intent.invitees.filter((x) => x !== p) : [...intent.invitees, p];
    explain(null);
    setIntent({
      ...intent,
      invitees: options.found.invitees.map((x) => x.power).filter((x) => invitees.includes(x)),
      coalition: null,
    });
  };
  const blocs = (['join', 'leave'] as const).flatMap((kind) =>
    operationOf(options, kind).targets.map((target) => ({ kind, target })),
  );
  return (
    <div className="coalition-picker">
      <fieldset className="picker">
        <legend>{t('bloc.found', { cost: options.found.cost })}</legend>
        <p className="hint">{t('bloc.foundHint')}</p>
        {options.found.invitees.map(({ power, reason }) => {
          const open = reason !== 'INVALID_INVITEES';
          return (
            <label key={power} className={open ? 'choice' : 'choice is-closed'}>
              <input
                type="checkbox"
                checked={intent.invitees.includes(power)}
                disabled={!open}
                onChange={() => toggle(power)}
                data-testid={`invite-${power}`}
              />
              <PowerMark power={power} withName />
              {!open && <span className="target-why"> {t('bloc.notInvitable')}</span>}
            </label>
          );
        })}
      </fieldset>
      {blocs.length > 0 && (
        <div className="existing" role="group" aria-label={t('board.coalitions')}>
          {blocs.map(({ kind, target }) => {
            const s = target.sizes[0]!;
            const name = coalitionName(t, view, target.coalition!, i18n.language);
            const on = intent.coalition?.id === target.coalition && intent.coalition.kind === kind;
            return (
              <button
                key={`${kind}-${target.coalition}`}
                type="button"
                className={on ? 'is-on' : undefined}
                aria-pressed={on}
                onClick={() => {
                  explain(s.reason ? t('panel.cannot', { reason: t(`reason.${s.reason}`) }) : null);
                  setIntent({ ...intent, invitees: [], coalition: s.reason ? null : { kind, id: target.coalition! } });
                }}
                data-legal={s.reason === null}
                data-testid={`${kind}-${target.coalition}`}
              >
                {t(kind === 'join' ? 'bloc.join' : 'bloc.leave', { name, cost: s.cost })}
                {target.tension > 0 && <> · {t('turn.tension', { tension: target.tension })}</>}
                {s.reason && <span className="sr-only"> ({t('panel.notNow')})</span>}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}

/**
 * The acting power's actions: pick a kind, then a target (regions on the map, a partner, invitees or
 * a coalition), see the preview, confirm. A kind or target that is not possible is never silently
 * ignored: choosing it says why, in words, from the engine's reason code.
 */
import { useTranslation } from 'react-i18next';
import { POWERS, hostOf, legalMoves, checkMove, type GameState, type Move, type Power } from '../../game/index.ts';
import { NO_INTENT, draftOf, kindReason, partnersIn, type Intent, type IntentKind } from '../board/intent.ts';
import { coalitionName, powerName, regionName } from '../view/names.ts';
import { PowerMark } from './PowerMark.tsx';
import { PreviewBox } from './PreviewBox.tsx';

interface Props {
  view: GameState;
  me: Power;
  intent: Intent;
  setIntent: (i: Intent) => void;
  onMove: (m: Move) => void;
  explain: (reasonText: string | null) => void;
}

const KINDS: IntentKind[] = ['aid', 'base', 'exercise', 'coalition'];

export function ActionChooser({ view, me, intent, setIntent, onMove, explain }: Props) {
  const { t } = useTranslation();
  const draft = draftOf(intent, me);
  const draftReason = draft ? checkMove(view, me, draft) : null;
  const choose = (kind: IntentKind) => {
    const reason = kindReason(view, me, kind);
    explain(reason ? t('panel.cannot', { reason: t(`reason.${reason}`) }) : null);
    setIntent(intent.kind === kind ? NO_INTENT : { ...NO_INTENT, kind });
  };
  const pass = () => {
    const reason = checkMove(view, me, { kind: 'pass' });
    if (reason) explain(t('panel.cannot', { reason: t(`reason.${reason}`) }));
    else onMove({ kind: 'pass' });
  };
  return (
    <div className="chooser">
      <h3 className="sr-only">{t('panel.chooseAction')}</h3>
      <div className="kinds" role="group" aria-label={t('panel.chooseAction')}>
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className={intent.kind === k ? 'kind is-on' : 'kind'}
            aria-pressed={intent.kind === k}
            title={t(`action.${k}Hint`)}
            onClick={() => choose(k)}
            data-testid={`kind-${k}`}
          >
            {t(`action.${k}`)}
          </button>
        ))}
        <button type="button" className="kind pass" onClick={pass} data-testid="pass">
          {t('panel.pass')}
        </button>
      </div>
      {intent.kind && <p className="hint">{t(`action.${intent.kind}Hint`)}</p>}
      {(intent.kind === 'aid' || intent.kind === 'base' || intent.kind === 'exercise') && !intent.region && (
        <p className="hint strong">{t('panel.pickRegion')}</p>
      )}
      {intent.kind === 'exercise' && intent.region && hostOf(intent.region) === me && (
        <PartnerPicker view={view} me={me} intent={intent} setIntent={setIntent} />
      )}
      {intent.kind === 'coalition' && (
        <CoalitionPicker view={view} me={me} intent={intent} setIntent={setIntent} explain={explain} />
      )}
      {intent.region && (
        <p className="target-line">
          {t(`action.${intent.kind ?? 'aid'}`)} → <strong>{regionName(t, intent.region)}</strong>
        </p>
      )}
      {draft && draftReason && (
        <p className="notice" role="alert">
          {t('panel.cannot', { reason: t(`reason.${draftReason}`) })}
        </p>
      )}
      {draft && !draftReason && (
        <>
          <PreviewBox view={view} me={me} move={draft} />
          <div className="confirm-row">
            <button type="button" className="primary" onClick={() => onMove(draft)} data-testid="confirm">
              {t('panel.confirm')}
            </button>
            <button type="button" onClick={() => setIntent(NO_INTENT)}>
              {t('panel.cancel')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function PartnerPicker({ view, me, intent, setIntent }: Omit<Props, 'onMove' | 'explain'>) {
  const { t } = useTranslation();
  const partners = partnersIn(view, me, intent.region!);
  return (
    <fieldset className="picker">
      <legend>{t('panel.pickPartner')}</legend>
      {partners.map((p) => (
        <label key={p} className="choice">
          <input
            type="radio"
            name="partner"
            checked={intent.partner === p}
            onChange={() => setIntent({ ...intent, partner: p })}
          />
          <PowerMark power={p} withName />
        </label>
      ))}
    </fieldset>
  );
}

function CoalitionPicker({ view, me, intent, setIntent, explain }: Omit<Props, 'onMove'>) {
  const { t, i18n } = useTranslation();
  const others = POWERS.filter((p) => p !== me);
  const legal = legalMoves(view, me);
  const toggle = (p: Power) => {
    const invitees = intent.invitees.includes(p) ? intent.invitees.filter((x) => x !== p) : [...intent.invitees, p];
    explain(null);
    setIntent({ ...intent, invitees: others.filter((x) => invitees.includes(x)), coalitionMove: null });
  };
  const pickExisting = (move: Move) => {
    const reason = checkMove(view, me, move);
    explain(reason ? t('panel.cannot', { reason: t(`reason.${reason}`) }) : null);
    setIntent({ ...intent, invitees: [], coalitionMove: reason ? null : move });
  };
  return (
    <div className="coalition-picker">
      <fieldset className="picker">
        <legend>
          {t('action.propose')}: {t('panel.pickInvitees')}
        </legend>
        {others.map((p) => (
          <label key={p} className="choice">
            <input
              type="checkbox"
              checked={intent.invitees.includes(p)}
              onChange={() => toggle(p)}
              data-testid={`invite-${p}`}
            />
            <PowerMark power={p} withName />
          </label>
        ))}
      </fieldset>
      {view.coalitions.length > 0 && (
        <div className="existing" role="group">
          {view.coalitions.map((c) => {
            const member = c.members.includes(me);
            const move: Move = member ? { kind: 'leave', coalition: c.id } : { kind: 'join', coalition: c.id };
            const name = coalitionName(t, view, c.id, i18n.language);
            const isLegal = legal.some((m) => (m.kind === 'join' || m.kind === 'leave') && m.coalition === c.id);
            return (
              <button
                key={c.id}
                type="button"
                className={sameMove(intent.coalitionMove, move) ? 'is-on' : undefined}
                aria-pressed={sameMove(intent.coalitionMove, move)}
                onClick={() => pickExisting(move)}
                data-legal={isLegal}
                data-testid={`${move.kind}-${c.id}`}
              >
                {t(member ? 'action.leave' : 'action.join', { name })}
                {!isLegal && <span className="sr-only"> ({t('panel.notNow')})</span>}
              </button>
            );
          })}
        </div>
      )}
      {intent.invitees.length > 0 && (
        <p className="target-line">
          {t('action.propose')}: {intent.invitees.map((p) => powerName(t, p)).join(', ')}
        </p>
      )}
    </div>
  );
}

function sameMove(a: Move | null, b: Move): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

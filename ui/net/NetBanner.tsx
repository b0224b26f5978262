/**
 * What a group's board says about the network: connecting, reconnecting (nothing is sent meanwhile),
 * a move on its way, the teacher's pause or end, a seat that is no longer this device's, and a move
 * the server did not take — each in words, never a silent freeze.
 */
import { useTranslation } from 'react-i18next';
import type { Power } from '../../game/index.ts';
import { useNetT } from '../i18n/net.ts';
import './net.css';

export interface NetBannerProps {
  power: Power;
  name: string;
  connected: boolean;
  synced: boolean;
  pending: boolean;
  paused: boolean;
  ended: boolean;
  lost: boolean;
  refused: string | null;
  onRejoin: () => void;
}

const KNOWN = new Set([
  'OFFLINE',
  'PAUSED',
  'ENDED',
  'STALE',
  'UNAUTHORIZED',
  'UNSEATED',
  'NOT_YOUR_TURN',
  'RATE_LIMITED',
]);

export function NetBanner(p: NetBannerProps) {
  const tn = useNetT();
  const { t } = useTranslation();
  const reason = (code: string) => (KNOWN.has(code) ? tn(`errors.${code}`) : tn('errors.other', { code }));
  let message: string | null = null;
  let kind = 'info';
  if (p.lost) [message, kind] = [tn('play.lost'), 'stop'];
  else if (p.ended) message = tn('play.ended');
  else if (!p.connected) [message, kind] = [p.synced ? tn('play.reconnecting') : tn('play.connecting'), 'warn'];
  else if (p.paused) [message, kind] = [tn('play.paused'), 'warn'];
  else if (p.pending) message = tn('play.sending');
  else if (p.refused && p.refused !== 'PAUSED')
    [message, kind] = [tn('play.refused', { reason: reason(p.refused) }), 'warn'];
  return (
    <div className="net-banner-wrap">
      <p className="net-you" data-testid="net-you" data-power={p.power}>
        {tn('play.you', { power: t(`power.${p.power}`), name: p.name })}
      </p>
      {message && (
        <p className={`net-banner ${kind}`} role="status" data-testid="net-banner" data-kind={kind}>
          {message}{' '}
          {p.lost && (
            <button type="button" onClick={p.onRejoin}>
              {tn('play.rejoin')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

/** Whether the board must not take moves now (they would not be sent, or would be refused). */
export function boardBlocked(p: Pick<NetBannerProps, 'connected' | 'paused' | 'ended' | 'lost'>): boolean {
  return !p.connected || p.paused || p.ended || p.lost;
}

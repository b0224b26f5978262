/**
 * A question for the power at the device: a host's consent to a base, an exercise partner's yes or
 * no, an invitation into a coalition, a request to join one it leads. Shows what agreeing would do.
 */
import { useTranslation } from 'react-i18next';
import type { GameState, Power, Request } from '../../game/index.ts';
import { coalitionName, powerList, powerName, regionName } from '../view/names.ts';
import { PreviewBox } from './PreviewBox.tsx';

interface Props {
  view: GameState;
  me: Power;
  request: Request;
  onAnswer: (accept: boolean) => void;
}

export function RequestPrompt({ view, me, request: r, onAnswer }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const from = powerName(t, r.from);
  let text: string;
  switch (r.kind) {
    case 'baseConsent':
      text = t('request.baseConsent', { from, region: regionName(t, r.region) });
      break;
    case 'exercise':
      text = t('request.exercise', { from, region: regionName(t, r.region) });
      break;
    case 'invite': {
      const others = view.proposal ? [r.from, ...view.proposal.invited.filter((p) => p !== me)] : [r.from];
      text = t('request.invite', { from, members: powerList(t, others, lang) });
      break;
    }
    case 'joinRequest':
      text = t('request.joinRequest', { from, coalition: coalitionName(t, view, r.coalition, lang) });
      break;
  }
  return (
    <section className="request" aria-labelledby="request-text" data-testid="request">
      <h3 id="request-text" className="request-text">
        {text}
      </h3>
      <PreviewBox view={view} me={me} move={{ kind: 'answer', accept: true }} heading={t('request.ifYes')} />
      <div className="confirm-row">
        <button type="button" className="primary" onClick={() => onAnswer(true)} data-testid="accept">
          {t('request.accept')}
        </button>
        <button type="button" onClick={() => onAnswer(false)} data-testid="refuse">
          {t('request.refuse')}
        </button>
      </div>
    </section>
  );
}

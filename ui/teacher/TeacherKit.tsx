/**
 * The teacher's kit over the page: the lesson plan (TeacherGuide) and the five power cards (PowerCards)
 * for a scenario, in the page's language, with a print button — printed alone, the guide on A4 pages
 * and each card on one A4 page of its own. `TeacherKitButton` is the button that opens it (the start
 * screen places it), with its own open state; the kit is drawn into <body>, so that printing can leave
 * out everything else.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { SCENARIOS, SCENARIO_IDS, textIn } from '../../game/index.ts';
import { LanguagePicker } from '../i18n/LanguagePicker.tsx';
import { PowerCards } from './PowerCard.tsx';
import { TeacherGuide } from './TeacherGuide.tsx';
import './teacher.css';

export type KitTab = 'guide' | 'cards';

export interface TeacherKitProps {
  /** The scenario shown first (the start screen's choice); the kit has its own picker. */
  scenarioId?: string;
  tab?: KitTab;
  onClose: () => void;
}

export function TeacherKit({ scenarioId, tab: firstTab = 'guide', onClose }: TeacherKitProps) {
  const { t, i18n } = useTranslation();
  const [id, setId] = useState(scenarioId && SCENARIOS[scenarioId] ? scenarioId : SCENARIO_IDS[0]!);
  const [tab, setTab] = useState<KitTab>(firstTab);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  const scenario = SCENARIOS[id]!;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onClose();
  };
  return createPortal(
    <div className="kit-backdrop" data-tab={tab}>
      <div
        className="kit"
        role="dialog"
        aria-modal="true"
        aria-labelledby="kit-title"
        onKeyDown={onKey}
        data-testid="teacher-kit"
        lang={i18n.language}
      >
        <header className="kit-head no-print">
          <h2 id="kit-title">{t('kit.heading')}</h2>
          <label>
            {t('kit.scenario')}{' '}
            <select value={id} onChange={(e) => setId(e.target.value)} data-testid="kit-scenario">
              {SCENARIO_IDS.map((s) => (
                <option key={s} value={s}>
                  {textIn(SCENARIOS[s]!.title, i18n.language)}
                </option>
              ))}
            </select>
          </label>
          <div className="kit-tabs" role="group" aria-label={t('kit.heading')}>
            {(['guide', 'cards'] as const).map((k) => (
              <button
                key={k}
                type="button"
                aria-pressed={tab === k}
                onClick={() => setTab(k)}
                data-testid={`kit-tab-${k}`}
              >
                {t(`kit.tabs.${k}`)}
              </button>
            ))}
          </div>
          <LanguagePicker />
          <button type="button" onClick={() => window.print()} data-testid="kit-print">
            {t('kit.print')}
          </button>
          <button type="button" ref={close} onClick={onClose} data-testid="kit-close">
            {t('kit.close')}
          </button>
        </header>
        {tab === 'guide' ? <TeacherGuide scenario={scenario} /> : <PowerCards scenario={scenario} />}
      </div>
    </div>,
    document.body,
  );
}

/** The "Teacher's kit" button and the kit it opens (its own open/close state). */
export function TeacherKitButton({ scenarioId }: { scenarioId?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const onClose = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="kit-open"
        onClick={() => setOpen(true)}
        title={t('kit.openHint')}
        aria-haspopup="dialog"
        data-testid="open-teacher-kit"
      >
        {t('kit.open')}
      </button>
      {open && <TeacherKit {...(scenarioId ? { scenarioId } : {})} onClose={onClose} />}
    </>
  );
}

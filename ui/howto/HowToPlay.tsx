/**
 * "How to play": the rulebook of docs/rules.md on a screen, in the player's language, with every number
 * read from the scenario being played (or chosen) — `scenario.rules`, its rounds, scoring rounds and
 * sudden-death rules — never written into the text. Lines tagged "History" quote the source article;
 * the rest is game mechanism. `HowToPlayButton` is the button that opens it, with its own open state.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn, type Scenario } from '../../game/index.ts';
import { operationLines } from '../teacher/ops.ts';
import { listOf } from '../view/names.ts';
import './howto.css';

/** What the screen reads from a scenario. */
export type RulesSource = Pick<Scenario, 'title' | 'rounds' | 'scoring' | 'rules' | 'suddenDeath'>;

/** The screen's sections, in order (each is a `data-section` on the page). */
export const HOWTO_SECTIONS = ['round', 'doors', 'operations', 'tension', 'threat', 'scoring', 'win'] as const;

/** The article line each section's history quote comes from (EDM 13/185). */
const HISTORY_LINE = { doors: 11, operations: 9, tension: 13, threat: 11, win: 21 } as const;

const SPECIAL_POWERS = ['russia', 'china', 'tajikistan', 'pakistan', 'afghanistan'] as const;

function Section({ id, title, children }: { id: (typeof HOWTO_SECTIONS)[number]; title: string; children: ReactNode }) {
  return (
    <section className="howto-section" data-section={id} aria-labelledby={`howto-${id}`}>
      <h3 id={`howto-${id}`}>{title}</h3>
      {children}
    </section>
  );
}

function History({ text, line }: { text: string; line: number }) {
  const { t } = useTranslation();
  return (
    <p className="howto-history" data-tag="history">
      <span className="howto-tag">{t('rules.historyTag')}</span> {text} <cite>{t('rules.source', { line })}</cite>
    </p>
  );
}

function Mechanism({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <p className="howto-mechanism" data-tag="mechanism">
      <span className="howto-tag">{t('rules.mechanismTag')}</span> {text}
    </p>
  );
}

/** The rulebook itself, for a scenario. */
export function HowToPlay({ scenario, onClose }: { scenario: RulesSource; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const r = scenario.rules;
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onClose();
  };
  const crisis = scenario.suddenDeath.some((d) => d.type === 'crisis');
  const dominance = scenario.suddenDeath.find((d) => d.type === 'dominance');
  const scoring = [...scenario.scoring].sort((a, b) => a - b);
  return (
    <div className="howto-backdrop">
      <div
        className="howto"
        role="dialog"
        aria-modal="true"
        aria-labelledby="howto-title"
        onKeyDown={onKey}
        data-testid="howto"
      >
        <header className="howto-head">
          <h2 id="howto-title">{t('rules.heading')}</h2>
          <button type="button" onClick={() => window.print()} className="howto-print">
            {t('rules.print')}
          </button>
          <button type="button" ref={close} onClick={onClose} data-testid="howto-close">
            {t('rules.close')}
          </button>
        </header>
        <p className="howto-intro">{t('rules.intro', { scenario: textIn(scenario.title, lang) })}</p>
        <p className="howto-intro">{t('rules.mechanismNote')}</p>

        <Section id="round" title={t('rules.round.title')}>
          <p>{t('rules.round.length', { rounds: scenario.rounds })}</p>
          <ol>
            <li>
              {t('rules.round.income', {
                carryOver: r.income.carryOver,
                perValue: r.income.perControlledValue,
                rent: r.income.baseRentPerLevel,
                dividend: r.aid.dividend,
              })}
            </li>
            <li>{t('rules.round.event')}</li>
            <li>{t('rules.round.operations', { doorChanges: r.doors.changesPerTurn })}</li>
            <li>{t('rules.round.end', { decay: r.tension.decay })}</li>
          </ol>
          <p>{t('rules.round.control', { threshold: r.control.thresholdFactor, lead: r.control.leadFactor })}</p>
        </Section>

        <Section id="doors" title={t('rules.doors.title')}>
          <p>{t('rules.doors.text', { maxPrice: r.doors.maxPrice })}</p>
          <p>{t('rules.doors.tradeOff', { closedTension: r.doors.closedTension })}</p>
          <History text={t('rules.doors.history')} line={HISTORY_LINE.doors} />
        </Section>

        <Section id="operations" title={t('rules.ops.title')}>
          <ul className="howto-ops">
            {operationLines(t, r, SPECIAL_POWERS[0]!).map(({ op, text }) =>
              op === 'special' ? (
                <li key={op} data-op={op}>
                  {t('rules.ops.specialTitle')}
                  <ul>
                    {SPECIAL_POWERS.map((p) => (
                      <li key={p} data-special={p}>
                        {t(`rules.ops.special.${p}`, { ...r.special[p] })}
                      </li>
                    ))}
                  </ul>
                </li>
              ) : (
                <li key={op} data-op={op}>
                  {text}
                </li>
              ),
            )}
          </ul>
          <History text={t('rules.ops.history')} line={HISTORY_LINE.operations} />
        </Section>

        <Section id="tension" title={t('rules.tension.title')}>
          <p>
            {t('rules.tension.text', { start: r.tension.start, danger: r.tension.danger })}{' '}
            {crisis
              ? t('rules.tension.crisis', { max: r.tension.max, penalty: r.tension.crisisPenalty })
              : t('rules.tension.noCrisis', { max: r.tension.max })}
          </p>
          <History text={t('rules.tension.history')} line={HISTORY_LINE.tension} />
          <Mechanism text={t('rules.tension.mechanism')} />
        </Section>

        <Section id="threat" title={t('rules.threat.title')}>
          <p>
            {t('rules.threat.text', {
              spreadAt: r.threat.spreadAt,
              influenceLoss: r.threat.incidentInfluenceLoss,
              stabilityLoss: r.threat.incidentStabilityLoss,
            })}
          </p>
          <History text={t('rules.threat.history')} line={HISTORY_LINE.threat} />
        </Section>

        <Section id="scoring" title={t('rules.scoring.title')}>
          <p>
            {t('rules.scoring.rounds', { count: scoring.length, rounds: listOf(scoring.map(String), lang) })}{' '}
            {t('rules.scoring.gain')}
          </p>
          <p>{t('rules.scoring.objectives')}</p>
          <p>{t('rules.scoring.agenda')}</p>
        </Section>

        <Section id="win" title={t('rules.win.title')}>
          <p>
            {t('rules.win.text')}{' '}
            {dominance && t('rules.win.dominance', { regions: dominance.regions, vp: dominance.vp })}{' '}
            {crisis && t('rules.win.crisis')} {t('rules.win.debrief')}
          </p>
          <History text={t('rules.win.history')} line={HISTORY_LINE.win} />
        </Section>
      </div>
    </div>
  );
}

/** The "How to play" button and the screen it opens (its own open/close state). */
export function HowToPlayButton({ scenario }: { scenario: RulesSource }) {
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
        className="howto-open"
        onClick={() => setOpen(true)}
        title={t('rules.openHint')}
        aria-haspopup="dialog"
        data-testid="open-howto"
      >
        {t('rules.open')}
      </button>
      {open && <HowToPlay scenario={scenario} onClose={onClose} />}
    </>
  );
}

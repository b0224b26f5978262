/**
 * The start screen's teacher corner: load your own scenario file (checked field by field, then listed
 * with the shipped ones) and open a game file downloaded from a debrief, to see its debrief again and
 * replay it.
 */
import { useTranslation } from 'react-i18next';
import type { GameRecord, GameState, Scenario } from '../../game/index.ts';
import { GameImport } from '../replay/GameImport.tsx';
import { ScenarioLoader } from '../scenario-loader/ScenarioLoader.tsx';

interface Props {
  onScenario: (scenario: Scenario) => void;
  onGame: (record: GameRecord, states: GameState[]) => void;
}

export function TeacherTools({ onScenario, onGame }: Props) {
  const { t } = useTranslation();
  return (
    <section className="teacher-tools" aria-labelledby="teacher-tools-title" data-testid="teacher-tools">
      <h2 id="teacher-tools-title">{t('start.teacherHeading')}</h2>
      <div className="teacher-tools-grid">
        <ScenarioLoader onLoad={onScenario} />
        <GameImport onOpen={onGame} />
      </div>
    </section>
  );
}

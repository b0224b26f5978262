/**
 * "How to play" from the start screen, loaded when opened: the chosen scenario's rules (the shipped
 * scenario from the game's list, or the teacher's own) on the How to play screen (ui/howto).
 */
import { SCENARIOS, SCENARIO_IDS } from '../../game/scenarios/index.ts';
import type { Scenario } from '../../game/schema.ts';
import { HowToPlay } from '../howto/HowToPlay.tsx';

interface Props {
  scenarioId: string | null;
  custom: Scenario | null;
  onClose: () => void;
}

export default function HowToPlayLazy({ scenarioId, custom, onClose }: Props) {
  const scenario = custom ?? (scenarioId ? SCENARIOS[scenarioId] : undefined) ?? SCENARIOS[SCENARIO_IDS[0]!]!;
  return <HowToPlay scenario={scenario} onClose={onClose} />;
}

/**
 * The start page's parts that need the scenarios (and so the engine's data): loaded only once the
 * page has drawn, so that the first screen's JavaScript stays small.
 */
import { lazy } from 'react';
import type { Scenario } from '../../game/schema.ts';

/** The chosen scenario's teacher notes and sources (ui/debrief/ScenarioNotes.tsx), with the scenarios loaded later. */
export const LazyScenarioNotes = lazy(() =>
  Promise.all([import('../debrief/ScenarioNotes.tsx'), import('../../game/scenarios/index.ts')]).then(
    ([notes, scenarios]) => ({
      default: ({ id, custom }: { id: string | null; custom: Scenario | null }) => {
        const scenario = custom ?? (id ? scenarios.SCENARIOS[id] : undefined);
        return scenario ? <notes.ScenarioNotes scenario={scenario} /> : null;
      },
    }),
  ),
);
/** The teacher's kit (guide and power cards) loads the scenarios: only when the page has drawn. */
export const TeacherKitButton = lazy(() =>
  import('../teacher/TeacherKit.tsx').then((m) => ({ default: m.TeacherKitButton })),
);

/** The teacher notes and sources panel's English strings (`ui/debrief/ScenarioNotes.tsx`): part of `en.ts`. */
export const enNotes = {
  heading: 'Teacher notes and sources',
  intro:
    'What in “{{scenario}}” comes from the source article (Eurasia Daily Monitor 13/185, October 2016), and what is background, a game rule or speculation.',
  kinds: 'Tags',
  summary: 'The scenario',
  powers: 'The powers',
  goals: 'Learning goals',
  background: 'Background for the teacher',
  questions: 'Questions for discussion',
  game: 'Agendas, objectives and the choices on event cards are rules of the game.',
};

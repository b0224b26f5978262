/** The class-wide debrief's English strings (`ui/class-debrief`): part of `en.ts` under `classDebrief`. */
export const enClass = {
  heading: 'Class debrief',
};

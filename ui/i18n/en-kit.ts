/**
 * The teacher's kit's English strings (`ui/teacher`, the debrief's article sections, the tutorial's
 * pointers): headings, labels and buttons. Part of `en.ts`. The guide's, cards' and debrief's content
 * is bilingual data beside its components (each sentence tagged by its source), not here.
 */
export const enKit = {
  tutorial: {
    look: 'Look at the highlighted {{mark}}.',
    show: 'Show me',
    mark: {
      ip: 'IP (influence points)',
      vp: 'victory points (VP)',
      threat: 'threat badge on the map',
      tension: 'tension',
      blocs: 'blocs',
      doors: 'doors',
    },
  },
};

/**
 * The board's strings for every screen size (English): the dock with the decision in progress, a
 * region's details on tap, and the projector view for the class (public facts only).
 */
export const enLayout = {
  layout: {
    decision: 'Your decision',
    chooseOption: '{{n}} · {{option}}',
    projector: 'Projector',
    projectorHint: 'Open the projector view in a new window: the public map, scores and log for the whole class',
  },
  details: {
    heading: 'Region details',
    country: 'In {{country}}',
    controlledBy: 'Controlled by {{power}}',
    uncontrolled: 'Nobody controls it',
    threat: 'Threat',
    stability: 'Stability',
    needs: 'Control needs {{threshold}} influence and a lead of {{lead}}.',
    influence: 'Influence',
    bases: 'Bases',
    base: '{{power}}, level {{level}}',
    coalitions: 'Coalitions of {{country}}',
    none: 'none',
    close: 'Close',
    closeLabel: 'Close the details of {{name}}',
  },
  projector: {
    title: 'Roof of the World — for the class',
    round: 'Round {{round}} of {{rounds}}',
    step: 'Now: {{step}}',
    acting: '{{power}} to play',
    tension: 'Tension {{tension}} of {{max}}',
    danger: 'danger zone',
    scores: 'Victory points',
    lastScoring: 'after the scoring of round {{round}}',
    noScoring: 'no scoring yet',
    gain: '+{{vp}} last scoring',
    regions: 'regions',
    event: 'This round’s event',
    log: 'Latest',
    ended: 'The game is over',
    waiting: 'Waiting for a game…',
    waitingHint: 'Start or resume a game in the other window, then press “Projector” there: this window follows it.',
  },
};

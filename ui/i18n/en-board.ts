/**
 * The board's strings for the Rules 2.0 turn (English): the one operation with its size and cost, the
 * special abilities, doors, blocs, tension and blame, objectives, and what the last move changed.
 * Numbers come in as parameters from the scenario's rules; none is written here.
 */
export const enBoard = {
  turn: {
    oneOperation: 'one operation this turn',
    carryOver: 'IP above {{cap}} is lost at the next income: spend it.',
    chooseOperation: 'Choose your operation',
    size: 'Size',
    smaller: 'Smaller',
    larger: 'Larger',
    sizeOf: '{{size}} of {{max}}',
    targets: 'Where, and at what cost',
    pickTarget: 'Choose where (here or on the map): each place shows its cost.',
    cost: '{{cost}} IP',
    priceTag: '{{cost}} IP',
    costWithDoor: '{{cost}} IP (with {{fee}} at {{host}}’s door)',
    doorClosed: '{{host}}’s door is closed to you',
    tension: 'tension +{{tension}}',
    build: 'build',
    expand: 'expand',
  },
  op: {
    aid: 'Aid',
    aidHint:
      'Aid in a region, sized by IP: you gain influence. At home it lowers threat; abroad the host draws a dividend next round.',
    base: 'Base',
    baseHint:
      'Build or expand a base: influence now, lasting influence and less threat every round. Not in the danger zone; near a rival it raises tension.',
    exercise: 'Exercise',
    exerciseHint:
      'Troops in a region, sized by IP: threat falls, you gain influence and a foreign host too. Cheaper with a bloc partner; near a rival it raises tension.',
    special: 'Special ability',
    specialHint: 'Your power’s own ability.',
    coalition: 'Bloc',
    coalitionHint: 'Found a bloc with hosts whose doors are open to you, join one, or leave one.',
  },
  special: {
    heading: 'Special ability',
    cost: 'Cost: {{cost}} IP (plus the door price abroad, where a door applies).',
    name: {
      drill: 'CSTO drill',
      investment: 'Silk Road investment',
      multiVector: 'Multi-vector policy',
      corridor: 'Corridor project',
      securityPush: 'Security push',
    },
    text: {
      drill:
        'In a region hosted by a bloc partner, without door or price: threat −{{threat}}, Russia +{{influence}} influence, tension +{{tension}} (blamed on Russia). Not in the danger zone.',
      investment:
        'In a region where China has influence (through an open door): the region’s value +{{value}}, China +{{influence}} influence, the host’s economy +{{value}}.',
      multiVector: 'Gain {{ip}} IP for each great power (Russia, China) whose door you keep open.',
      corridor:
        'In a Pakistani region: Pakistan +{{influence}} influence, China +{{partnerInfluence}} influence, threat −{{threat}}.',
      securityPush: 'In an Afghan region: threat −{{threat}}, Afghanistan +{{influence}} influence.',
    },
  },
  door: {
    heading: 'Doors',
    hint: 'A foreign power operates on a host’s soil only through an open door, and pays its price to the host each time.',
    caption: 'Each host’s door to each power: closed, free, or its price in IP',
    host: 'Host',
    yours: 'Your doors (free, before your operation)',
    yoursHint:
      'Closing a door to Russia or China while you share a bloc with it raises tension at the round’s end (blamed on you).',
    changesLeft_one: '{{count}} change left this turn.',
    changesLeft_other: '{{count}} changes left this turn.',
    for: 'Your door to {{power}}',
    closed: 'closed',
    free: 'open, free',
    price: 'open, {{price}} IP',
    closedShort: '✕',
    freeShort: '0',
    cell: '{{host}}’s door to {{guest}}',
  },
  bloc: {
    found: 'Found a bloc ({{cost}} IP) with…',
    foundHint: 'Only a host whose door is open to you can be invited.',
    notInvitable: '(door closed or not a host)',
    join: 'Join {{name}} ({{cost}} IP)',
    leave: 'Leave {{name}} ({{cost}} IP)',
    leader: 'led by {{power}}',
    joint:
      'Where two members of a bloc operate in the same round: threat −{{threat}} and +{{influence}} influence each.',
    double: 'A power in two blocs whose leaders are rivals adds tension +{{tension}} every round.',
  },
  tensionPanel: {
    heading: 'Tension {{tension}} / {{max}}',
    danger: 'Danger zone from {{danger}}: no new bases, exercises of size 1 only, no CSTO drill.',
    inDanger: 'In the danger zone (from {{danger}}): no new bases, exercises of size 1 only, no CSTO drill.',
    crisis: 'At {{max}} a crisis ends the game at once: the most blamed power loses {{penalty}} VP.',
    blame: 'Blame: {{list}}.',
    blameItem: '{{power}} {{blame}}',
    noBlame: 'Nobody carries any blame yet.',
    wouldLose: 'A crisis now would cost {{power}} {{penalty}} VP.',
    dangerMark: 'the danger zone begins',
    crisisMark: 'crisis',
  },
  objective: {
    heading: 'Objectives of {{power}}',
    scoredIn: 'Scored in rounds {{rounds}}, for the gain over the start of the game only.',
    next: 'Next scoring: round {{round}}.',
    noneLeft: 'No scoring round left.',
    now: 'now: {{vp}} VP',
    others: 'The other powers’ objectives (public)',
    total: '{{vp}} VP if scored now',
    control: '{{vp}} VP for each of {{regions}} you control',
    influence: '{{vp}} VP for each {{per}} influence in {{regions}}',
    bases: '{{vp}} VP for each base level you own',
    coalitionPartners: '{{vp}} VP for each bloc partner',
    security: '{{vp}} VP for each of {{regions}} at threat {{max}} or less',
    noForeignControl: '{{vp}} VP for each of {{regions}} no foreign power controls',
    outweigh: '{{vp}} VP for each of {{regions}} where you outweigh {{rival}}',
    aidReceived: '{{vp}} VP for aid received from each of {{from}}',
    lowTension: '{{vp}} VP while tension is {{atMost}} or less',
    fees: '{{vp}} VP for each {{per}} IP of door fees received',
    notMember: '{{vp}} VP for staying out of {{coalition}}',
    blocAtMost: '{{vp}} VP while {{coalition}} has at most {{members}} members (or is gone)',
  },
  changes: {
    heading: 'Last move and what followed',
    mapHint: 'The regions it changed are outlined on the map.',
    changed: 'Changed by the last move.',
  },
};

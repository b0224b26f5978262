/**
 * The teacher's kit's English strings (`ui/teacher`, the debrief's article sections, the tutorial's
 * pointers): headings, labels and buttons. Part of `en.ts`. The guide's, cards' and debrief's content
 * is bilingual data beside its components (each sentence tagged by its source), not here.
 */
export const enKit = {
  open: 'Teacher’s kit',
  openHint: 'The lesson plan for each scenario, and a printable card for each power.',
  heading: 'Teacher’s kit',
  close: 'Close',
  print: 'Print',
  scenario: 'Scenario',
  tabs: { guide: 'Lesson plan', cards: 'Power cards' },
  tag: {
    article: 'From the article, line {{line}}',
    background: 'Background (not from the article)',
    mechanism: 'Game mechanism',
    speculation: 'Speculation',
  },
  guide: {
    title: 'Teacher’s guide',
    intro: 'A 45-minute lesson for each scenario: 5 minutes of setup, 30 of play, 10 of debrief.',
    lesson: '{{scenario}}: a 45-minute lesson',
    numbers: '{{rounds}} rounds; objectives scored at the end of rounds {{scoring}}.',
    aim: 'Aim',
    phase: { setup: 'Setup', play: 'Play', debrief: 'Debrief' },
    minutes: '{{from}}–{{to}} min',
    minute: 'Min.',
    cue: { do: 'Do', say: 'Say', pause: 'Pause', ask: 'Ask', grade: 'Grade' },
    what: 'What',
    questions: 'Questions for this scenario’s debrief',
    grading: 'How to grade (12 points a group)',
    points: '{{points}} pts',
    sourceNote: 'Source: “{{title}}”, {{source}}. Lines are those of the article as the game cites it.',
  },
  card: {
    title: '{{power}} — power card',
    scenario: 'Scenario: {{scenario}}',
    who: 'Who you are in 2016',
    goals: 'Your goals (scored at the end of rounds {{scoring}})',
    agenda: 'You will also be dealt one secret agenda at the start: keep it from the other groups.',
    start: 'You start with {{ip}} IP; your economy gives {{economy}} IP a round.',
    special: 'Your special ability',
    ops: 'Your operations (one a turn)',
    rivals: 'Your rival: {{rivals}}.',
    host: 'You are a host: your doors decide who may act on your soil, and at what price.',
    notHost: 'You host no region on this map: you act through other powers’ doors.',
  },
  debrief: {
    argument: 'The article’s argument',
    argumentIntro:
      'What the source argues, in its own words, and how sure it is. Discuss each question with the lines it rests on.',
    forTeacher: 'For the teacher',
    hedges: 'Evidence or speculation: the article’s hedges',
    hedgesIntro:
      'These words mark a guess, not a reported event. Ask what each one leaves open, and what evidence would settle it.',
    timeline: 'The article’s timeline',
    after: 'After 2016',
    afterIntro: 'General knowledge, not from the article (to 2024): check it against other sources.',
  },
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

/**
 * The "How to play" screen's English strings (`ui/howto`): the rulebook of docs/rules.md, with every
 * number a parameter filled from the running scenario's rules. Part of `en.ts`. Lines under `history`
 * quote the source article (EDM 13/185) word for word, with the line they come from.
 */
export const enRules = {
  open: 'How to play',
  openHint: 'The rules of the game, with the numbers of this scenario.',
  heading: 'How to play',
  close: 'Close',
  print: 'Print',
  intro:
    'Five powers — Russia, China, Tajikistan, Pakistan and Afghanistan — compete for influence in the mountains where their borders meet. The numbers here are those of “{{scenario}}”.',
  historyTag: 'History',
  mechanismTag: 'Game mechanism',
  mechanismNote:
    'Everything not marked “History” is game mechanism: a simplification made for play, not a claim about what happened.',
  source: 'Eurasia Daily Monitor, vol. 13, issue 185, line {{line}}',
  round: {
    title: 'The round',
    length: 'A game has {{rounds}} rounds. Each round has four steps:',
    income:
      'Income. IP (influence points) left over from last round is cut to {{carryOver}} — the rest is lost. Then each power gains its economy, plus {{perValue}} IP per point of value of each region it controls; a host also gains {{rent}} IP rent per level of each foreign base on its soil, and {{dividend}} IP for each size of foreign aid it received last round.',
    event: 'Event. One card, with its text and its source; some cards ask one power to choose.',
    operations:
      'Operations. In the round’s order (it turns by one place each round) each power takes exactly one operation, sized with IP. Before it, a host may change up to {{doorChanges}} of its doors, free.',
    end: 'End of the round. Strain from blocs and closed doors raises tension; then the threat step; scoring in the scoring rounds; tension falls by {{decay}}.',
    control:
      'Control: a power controls a region when its influence is at least {{threshold}}× the region’s stability and it leads every other power there by at least {{lead}}× the stability.',
  },
  doors: {
    title: 'Doors and prices',
    text: 'Every power that hosts a region on the board has a door for each other power: closed, or open at a price from nothing up to {{maxPrice}} IP. A foreign power may act on a host’s soil — aid, base, exercise, special ability — only through an open door, and pays the price to the host each time. Nobody asks and waits: a base or an exercise resolves at once.',
    tradeOff:
      'Closing a door shuts that power’s aid out too, and the host loses its aid income; opening it lets foreign influence grow in the host’s regions. A door kept closed to a great power (Russia, China) that shares a bloc with the host adds {{closedTension}} tension at each round’s end, blamed on the host.',
    history:
      '“But the recent developments in Sino-Tajikistani military relations might ignite new tensions between Moscow and Dushanbe”',
  },
  ops: {
    title: 'The operations (one a turn)',
    aid: 'Aid — a region and a size up to {{maxSize}}. Cost: {{cost}} IP per size, plus the door price abroad. Gain {{influence}} influence per size. At home aid also lowers threat by {{domestic}} per size; abroad the host draws its aid income next round.',
    aidNoDomestic:
      'Aid — a region and a size up to {{maxSize}}. Cost: {{cost}} IP per size, plus the door price abroad. Gain {{influence}} influence per size. At home aid does not lower threat (a host fights threat with exercises and its special); abroad the host draws its aid income next round.',
    base: 'Base — build one ({{build}} IP) or expand yours by a level ({{expand}} IP), up to level {{maxLevel}}, plus the door price. Gain {{influence}} influence at once; every round a base pushes threat back by {{suppression}} and shields its owner’s influence from incidents. Where a rival has influence, tension rises by {{tension}}, blamed on the builder.',
    exercise:
      'Exercise — troops in a region, size up to {{maxSize}}. Cost: {{cost}} IP per size ({{coalitionCost}} with a bloc partner as host), plus the door price. Threat falls by {{threat}} per size; you gain {{influence}} influence per size and, abroad, the host gains {{partner}}. A host may exercise at home. Where a rival has influence, tension rises by {{tension}}.',
    coalition:
      'Coalition — found a bloc ({{found}} IP) with hosts whose doors are open to you; join one ({{join}} IP), but not a bloc led by your rival (Moscow cannot sit in the bloc Beijing leads); or leave one ({{leave}} IP and {{leaveTension}} tension, blamed on you; a bloc left with one member is broken). Members gain only where they act together: in each region where two or more members of a bloc operated this round, threat falls by {{jointThreat}} and each gains {{jointInfluence}} influence. A power in two blocs whose leaders are rivals adds {{doubleTension}} tension each round.',
    specialTitle: 'Special ability — one per power:',
    special: {
      russia:
        'Russia, CSTO drill ({{cost}} IP): in a region of a bloc partner, no door and no price. Threat −{{threat}}, Russia +{{influence}} influence, tension +{{tension}}. Not in the danger zone.',
      china:
        'China, Silk Road investment ({{cost}} IP plus the door price): where China has influence. The region’s value and the host’s economy rise by {{value}}; China gains {{influence}} influence.',
      tajikistan:
        'Tajikistan, multi-vector ({{cost}} IP): gain {{ip}} IP for each great power (Russia, China) whose door you keep open.',
      pakistan:
        'Pakistan, corridor ({{cost}} IP): in a Pakistani region, Pakistan +{{influence}} influence, China +{{partnerInfluence}}, threat −{{threat}}.',
      afghanistan:
        'Afghanistan, security push ({{cost}} IP): in an Afghan region, threat −{{threat}}, Afghanistan +{{influence}} influence.',
    },
    pass: 'Pass — do nothing and keep your IP (but only {{carryOver}} carries over to next round).',
    history:
      '“a combined 10,000 military personnel from the National Army of Tajikistan and the People’s Liberation Army (PLA) of China were mobilized together to engage in a five-day counterterrorism exercises in Tajikistan’s Ishkoshim region, which borders on Afghanistan”',
  },
  tension: {
    title: 'Tension, the danger zone and crisis',
    text: 'Tension is shared by everyone; it starts at {{start}}. Bases and exercises near a rival, Russia’s drill, double bloc membership, doors closed to a partner and leaving a bloc raise it, and each power’s share is kept as its blame. From {{danger}} (the danger zone) no base may be built or expanded, exercises are size one only, and Russia cannot drill.',
    crisis: 'At {{max}} a crisis ends the game at once: the power with the most blame loses {{penalty}} VP.',
    noCrisis: 'Tension stops at {{max}}; this scenario has no crisis.',
    history:
      '“Even though Moscow has not publicly protested China’s unprecedented military steps in Tajikistan, these developments are almost certainly raising discomfort inside the Kremlin”',
    mechanism: 'The tension track, the danger zone and the crisis are the game’s brake, not events of 2016.',
  },
  threat: {
    title: 'Threat',
    text: 'Threat arrives every round, most of all along the Afghan border, and a region at {{spreadAt}} or more may spread it to a calmer neighbour. It is pushed back only where someone acts: bases, exercises, aid at home, special abilities, joint bloc action. Where threat exceeds stability an incident strikes: every power without a base there loses {{influenceLoss}} influence and the region’s stability falls by {{stabilityLoss}}.',
    history:
      '“Dushanbe’s sudden appetite for Chinese military investments and cooperation is linked to the deteriorating security situation along its border with Afghanistan”',
  },
  scoring: {
    title: 'Scoring',
    rounds_one: 'Public objectives are scored at the end of round {{rounds}} only.',
    rounds_other: 'Public objectives are scored at the end of rounds {{rounds}} only.',
    gain: 'Each objective scores your gain over the start of the game: what it is worth now minus what it was worth at setup (never below nothing). A power that never acts scores about nothing.',
    objectives:
      'Objectives differ by power: control or influence in regions, bases, bloc partners, security, no foreign control of your regions, outweighing a rival, aid received, low tension, door fees, staying out of a bloc, or a bloc kept small.',
    agenda:
      'Each power is dealt one secret agenda at the start. It is scored the same way, gain over the start, once at the end of the game.',
  },
  win: {
    title: 'How to win',
    text: 'The most victory points after the last round wins; a tie shares the win.',
    dominance:
      'A power that controls {{regions}} or more regions at a scoring gains {{vp}} VP and ends the game (dominance).',
    crisis: 'A crisis ends the game at once.',
    debrief: 'The debrief then compares your game with history.',
    history:
      '“the quadrilateral China-Tajikistan-Pakistan-Afghanistan military coalition will likely be a stepping-stone for Beijing’s future military expansion in the region”',
  },
};

/**
 * Computer players' reasons in English, by the code in their explanation (`game/ai/explain.ts`), and a
 * goal in a few words inside those reasons: part of `en.ts` (`why` and `goal`).
 */
export const enWhy = {
  random: 'at random',
  passive: 'because it never acts (the passive baseline)',
  firstOption: 'because it takes the first option (the passive baseline)',
  failed: 'because it could not decide',
  onlyMove: 'because it was the only legal move',
  threat: 'because threat in {{region}} reached {{threat}}, above its stability of {{stability}}',
  security: 'because it wants threat in {{region}} at {{max}} or less, and it is {{threat}}',
  takeControl: 'because that could give it control of {{region}}',
  holdControl: 'because {{rival}} was closing in on its control of {{region}}',
  denyControl: 'because {{rival}} was about to take control of {{region}}',
  bases: 'because each base level is worth {{vp}} VP to it',
  partners: 'because each coalition partner is worth {{vp}} VP to it',
  joint: 'because its bloc partner {{partner}} also acts in {{region}}, so together they push threat back',
  multiVector: 'because keeping its doors open to the great powers brings it {{ip}} IP',
  leaveBloc: 'because its goal is to stay out of that bloc',
  goal: 'because it serves its goal: {{goal}}',
  ahead: 'because, looking ahead to the end of next round, it serves its goal: {{goal}}',
  lookahead: 'because, looking ahead to the end of next round, this leaves it best placed',
  income: 'because it brings it more IP for next round',
  broke: 'because it has no IP left for anything it wants',
  nothing: 'because nothing it could do was worth the cost',
  doorClose: 'because {{guest}} could take control of {{region}} through its open door',
  doorOpen: 'because letting {{guest}} in at {{price}} IP an operation brings it fees',
  doorOpenAid: 'because it wants aid from {{guest}}, and aid comes only through an open door',
  doorPrice: 'because {{guest}} has used its door {{uses}} times, so it now asks {{price}} IP',
  choose: 'because it serves its goal: {{goal}}',
  indifferent: 'because no option touches its goals',
};

/** A goal in a few words, inside a computer player's reason. */
export const enGoal = {
  control: 'control of {{regions}}',
  influence: 'influence in {{regions}}',
  bases: 'more base levels',
  coalitionPartners: 'more coalition partners',
  security: 'threat kept low in {{regions}}',
  noForeignControl: 'no foreign control of {{regions}}',
  outweigh: 'more influence than {{rival}} in {{regions}}',
  aidReceived: 'aid from {{from}}',
  lowTension: 'low great-power tension',
  fees: 'door fees',
  notMember: 'staying out of a bloc',
  blocAtMost: 'keeping a rival bloc small',
};

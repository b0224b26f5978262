/**
 * What the map shows for each region, read from the engine's selectors: control, the control
 * needs, each power's influence, threat, stability, bases, and the coalitions the host belongs to.
 * Reshapes engine output for display; decides nothing.
 */
import {
  controlNeeds,
  controller,
  hostOf,
  regionIds,
  type Base,
  type ByPower,
  type GameState,
  type Power,
  type RegionId,
} from '../../game/index.ts';

export interface RegionView {
  id: RegionId;
  host: Power;
  controller: Power | null;
  threshold: number;
  lead: number;
  influence: ByPower<number>;
  threat: number;
  stability: number;
  bases: Base[];
  /** Indexes (into the view's coalition list, from 1) of coalitions the host belongs to. */
  coalitions: number[];
}

export function regionViews(view: GameState): RegionView[] {
  return regionIds(view).map((id) => {
    const r = view.regions[id]!;
    const host = hostOf(id);
    const needs = controlNeeds(view, id);
    return {
      id,
      host,
      controller: controller(view, id),
      threshold: needs.threshold,
      lead: needs.lead,
      influence: r.influence,
      threat: r.threat,
      stability: r.stability,
      bases: r.bases,
      coalitions: view.coalitions.flatMap((c, i) => (c.members.includes(host) ? [i + 1] : [])),
    };
  });
}

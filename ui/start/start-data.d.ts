/** The start screen's build-time data (vite.config.ts, `startData`). */
declare module 'virtual:rotw-start' {
  import type { StartData } from './cards.ts';

  const data: StartData;
  export default data;
}

/** The start screen's build-time data (vite.config.ts, `startData`). */
declare module 'virtual:rotw-start' {
  // An ambient module cannot import a relative path, so the type is named inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const data: import('./cards.ts').StartData;
  export default data;
}

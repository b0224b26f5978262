/**
 * Which Chromium the browser tests, the UI benchmark and the screenshot scripts drive, so that
 * `npm ci && npm test` passes on a fresh Linux machine with nothing installed by hand. In order:
 *
 * 1. `CHROMIUM_PATH`, when it is set (and not empty). A path that names no file is an error, not a
 *    reason to quietly try the others: whoever set it meant that browser.
 * 2. Debian's `/usr/bin/chromium`, when it exists.
 * 3. The optional dependency `@sparticuz/chromium`, a headless Chromium shipped inside the npm package.
 *    It is unpacked once per package version under node_modules/.cache (into a temporary folder that
 *    is then renamed, so test files starting side by side never run a half-written binary), with a
 *    fontconfig file that adds the package's own fonts (Open Sans, which has Cyrillic) to the
 *    system's, so Russian renders on a machine that has no fonts at all.
 *
 * The order is `chooseChromium`, a pure function of the variable and an `exists` predicate.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_PACKAGE = '@sparticuz/chromium';

/** Launch flags that work as root with no network (see STACK.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The package's own flags (made for serverless functions) that we do not pass: they change what a page
 * may do or how it is run (web security, site isolation, one process for everything, shared memory
 * without isolation), choose a headless mode or a GPU stack of their own against ours (`--headless`,
 * `--disable-gpu`), so the tests would no longer see the browser a classroom has.
 */
const PACKAGE_FLAGS_NOT_PASSED = new Set([
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
  '--disable-features',
  '--enable-features',
  '--headless',
  '--use-gl',
  '--use-angle',
  '--enable-unsafe-swiftshader',
  '--in-process-gpu',
  '--ignore-gpu-blocklist',
  '--disable-webgl',
]);

/** Where the browser comes from. */
export type ChromiumPlace =
  { from: 'CHROMIUM_PATH'; path: string } | { from: 'debian'; path: string } | { from: 'package' };

/** A browser to launch: its binary, its flags, and what its environment needs beyond ours. */
export interface FoundChromium {
  from: ChromiumPlace['from'];
  executablePath: string;
  args: string[];
  env: Record<string, string>;
}

/** What we use of `@sparticuz/chromium`'s default export. */
export interface ChromiumPackage {
  readonly args: string[];
  executablePath(input?: string): Promise<string>;
}

/** The order: `CHROMIUM_PATH` (which must exist), then Debian's binary, then the npm package. */
export function chooseChromium(envPath: string | undefined, exists: (path: string) => boolean): ChromiumPlace {
  if (envPath !== undefined && envPath !== '') {
    if (!exists(envPath)) {
      throw new Error(
        `CHROMIUM_PATH is set to "${envPath}", but there is no file there. Point it at a Chromium binary, or ` +
          `unset it to use ${DEBIAN_CHROMIUM} or the ${CHROMIUM_PACKAGE} package.`,
      );
    }
    return { from: 'CHROMIUM_PATH', path: envPath };
  }
  if (exists(DEBIAN_CHROMIUM)) return { from: 'debian', path: DEBIAN_CHROMIUM };
  return { from: 'package' };
}

/** Our flags, then those of the package's flags that only help it start and keep quiet, each once. */
export function packageArgs(theirs: readonly string[]): string[] {
  const kept = theirs.filter((flag) => !PACKAGE_FLAGS_NOT_PASSED.has(flag.split('=')[0]!));
  return [...new Set([...CHROMIUM_ARGS, ...kept])];
}

export interface FindOptions {
  /** The value of `CHROMIUM_PATH` (default: the process's). */
  envPath?: string | undefined;
  /** Whether a file exists (default: `existsSync`). */
  exists?: (path: string) => boolean;
  /** Load the package (default: a dynamic import, since it is an optional dependency). */
  loadPackage?: () => Promise<{ default: ChromiumPackage }>;
}

/** Find the browser in the order above; the error names all three places when none gives one. */
export async function findChromium(options: FindOptions = {}): Promise<FoundChromium> {
  const envPath = 'envPath' in options ? options.envPath : process.env.CHROMIUM_PATH;
  const place = chooseChromium(envPath, options.exists ?? existsSync);
  if (place.from !== 'package') return { from: place.from, executablePath: place.path, args: CHROMIUM_ARGS, env: {} };
  const load = options.loadPackage ?? (() => import('@sparticuz/chromium'));
  try {
    const pkg = (await load()).default;
    const unpacked = await unpackPackage(pkg);
    return {
      from: 'package',
      executablePath: unpacked.executablePath,
      args: packageArgs(pkg.args),
      env: { FONTCONFIG_FILE: unpacked.fontsConf },
    };
  } catch (error) {
    throw new Error(
      `No Chromium for the browser tests: CHROMIUM_PATH is not set, ${DEBIAN_CHROMIUM} does not exist, and the ` +
        `${CHROMIUM_PACKAGE} package gave none (${error instanceof Error ? error.message : String(error)}). ` +
        `Set CHROMIUM_PATH to a Chromium binary, install Debian's chromium, or run npm ci on Linux x64 or arm64 ` +
        `(the package is an optional dependency).`,
      { cause: error },
    );
  }
}

const CACHE = resolve(import.meta.dirname, '../../node_modules/.cache/rotw-browser');

/** The installed package's version, which names its unpacked folder. */
function packageVersion(): string {
  const entry = createRequire(import.meta.url).resolve(CHROMIUM_PACKAGE);
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === CHROMIUM_PACKAGE && json.version) return json.version;
    }
  }
  throw new Error(`cannot find the version of ${CHROMIUM_PACKAGE} installed at ${entry}`);
}

/** A fontconfig file: the system's fonts (when there are any), plus the package's own. */
function fontsConf(dir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(dir, 'fonts/fonts')}</dir>
  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>
</fontconfig>
`;
}

/**
 * Unpack the package's browser once into node_modules/.cache. The package unpacks into `os.tmpdir()`,
 * which reads TMPDIR on every call; all those calls happen synchronously when `executablePath()` is
 * called, so TMPDIR points at a fresh folder only for that moment.
 */
async function unpackPackage(pkg: ChromiumPackage): Promise<{ executablePath: string; fontsConf: string }> {
  const dir = join(CACHE, `sparticuz-${packageVersion()}`);
  const result = { executablePath: join(dir, 'chromium'), fontsConf: join(dir, 'fonts.conf') };
  if (existsSync(result.fontsConf)) return result;
  mkdirSync(CACHE, { recursive: true });
  const tmp = mkdtempSync(join(CACHE, 'tmp-sparticuz-'));
  const tmpdir = process.env.TMPDIR;
  let unpacking: Promise<string>;
  process.env.TMPDIR = tmp;
  try {
    unpacking = pkg.executablePath();
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  try {
    const path = await unpacking;
    if (path !== join(tmp, 'chromium')) throw new Error(`it unpacked to ${path}, not into ${tmp}`);
    writeFileSync(join(tmp, 'fonts.conf'), fontsConf(dir));
    renameSync(tmp, dir);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(result.fontsConf)) throw error; // else another test file unpacked it first
  }
  for (const old of readdirSync(CACHE)) {
    const path = join(CACHE, old);
    const stale = old.startsWith('tmp-sparticuz-') && Date.now() - statSync(path).mtimeMs > 3_600_000;
    if (stale || (old.startsWith('sparticuz-') && path !== dir)) rmSync(path, { recursive: true, force: true });
  }
  return result;
}

/**
 * The server as a user starts it: `node --import tsx src/server/main.ts …` in a child process,
 * with its printed address read back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Child {
  process: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

/** `nodeArgs` go to node itself, before the script (e.g. `--cpu-prof`). */
export function runMain(args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Child {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/server/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ROTW_TEACHER_SECRET: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { process: child, stdout: () => out, stderr: () => err, exited };
}

/** Start the server and wait until it prints its address; resolves to its URL. */
export async function startMain(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  nodeArgs: string[] = [],
): Promise<{ child: Child; url: string }> {
  const child = runMain(args, env, nodeArgs);
  const url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const m = /Open:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(child.stdout());
      if (m) {
        child.process.stdout!.off('data', look);
        resolve(m[1]!);
      }
    };
    child.process.stdout!.on('data', look);
    void child.exited.then((code) =>
      reject(new Error(`the server exited (${code}) before it listened:\n${child.stdout()}\n${child.stderr()}`)),
    );
  });
  return { child, url };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A script of ours in its own process (`node --import tsx …`): one process, so kill -9 kills it. */
export interface RunningProcess {
  child: ChildProcess;
  output(): string;
  /** Waits for the process to end after a signal. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts a script with the environment a fresh machine has (no DATABASE_URL, no admin
 * token, no OIDC unless given) and waits until its output matches `ready`.
 */
async function startProcess(script: string, env: Record<string, string>, ready: RegExp): Promise<RunningProcess> {
  const { DATABASE_URL: _url, FEEDBACK_ADMIN_TOKEN: _token, OIDC_ISSUER: _issuer, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...inherited, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (!ready.test(output)) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${script} exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`${script} did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    child,
    output: () => output,
    kill: (signal) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/** The API alone, as in production (`server/src/main.ts`). */
export function startServerProcess(env: Record<string, string>): Promise<RunningProcess> {
  return startProcess('server/src/main.ts', env, /feedbackinstrument is running/);
}

/** `pnpm start`'s whole system (`scripts/start-system.ts`), with the URLs it printed. */
export async function startSystemProcess(env: Record<string, string>): Promise<RunningProcess & { api: string; examples: string }> {
  const started = await startProcess('scripts/start-system.ts', { PORT: '0', EXAMPLES_PORT: '0', ...env }, /Example pages:\s+\S+/);
  const output = started.output();
  return {
    ...started,
    api: /Health:\s+(\S+)\/readyz/.exec(output)![1]!,
    examples: /Example pages:\s+(\S+?)\/?$/m.exec(output)![1]!,
  };
}

import { type ChildProcess, fork } from 'node:child_process';
import type { ParentMessage, ServerMessage } from './ingest-server.js';

// The ingest benchmark's server process (ingest-server.ts, forked): the API and the
// baseline beside it on one database, asked for memory, CPU and verification by message.

/** The server process: the API and the baseline beside it, on one database. */
export class ServerProcess {
  private waiting = new Map<string, (message: ServerMessage) => void>();
  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: ServerMessage) => {
      const resolve = this.waiting.get(message.type);
      this.waiting.delete(message.type);
      resolve?.(message);
    });
  }

  static async start(env: Record<string, string>): Promise<{ server: ServerProcess; ready: Extract<ServerMessage, { type: 'ready' }> }> {
    const child = fork(new URL('./ingest-server.ts', import.meta.url), [], {
      execArgv: [
        '--import',
        'tsx',
        ...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []),
      ],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const server = new ServerProcess(child);
    const ready = await new Promise<ServerMessage>((resolve, reject) => {
      server.waiting.set('ready', resolve);
      child.once('exit', (code) => reject(new Error(`the bench server exited (${code}) before it was ready`)));
    });
    return { server, ready: ready as Extract<ServerMessage, { type: 'ready' }> };
  }

  ask<T extends ServerMessage['type']>(message: ParentMessage, answer: T): Promise<Extract<ServerMessage, { type: T }>> {
    return new Promise((resolve) => {
      this.waiting.set(answer, resolve as (m: ServerMessage) => void);
      this.child.send(message);
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'stop' } satisfies ParentMessage);
    });
  }
}

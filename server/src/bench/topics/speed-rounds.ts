// The topics benchmark's speed rounds: our finder and the one before, each in a process of
// its own (speed-worker.ts), called in alternating rounds (ours first, then theirs first)
// so that other work on the machine weighs on both alike, each warmed up first
// (dictionaries, stemmers and plans load once per process, and its code is compiled as it runs).
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from '../bench-kit.js';
import type { Finder, SpeedQuery } from './speed-worker.js';

const WORKER = fileURLToPath(new URL('./speed-worker.ts', import.meta.url));
/** Calls of each before the timed rounds. */
const WARM_UP = 3;
/** A call of either finder takes about a second at most; a process silent this long has hung. */
const SILENT_MS = 120_000;

interface FinderProcess {
  call: () => Promise<number>;
  stop: () => Promise<void>;
}

type Reply = { ready?: true; ms?: number; error?: string };

/** The next message of `child`; its exit, an error or silence reject. */
function reply(child: ChildProcess, finder: Finder): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage).off('exit', onExit).off('error', onError);
    };
    const onMessage = (message: Reply) => {
      done();
      resolve(message);
    };
    const onExit = (code: number | null, signal: string | null) => {
      done();
      reject(new Error(`the ${finder} finder's process ended (${signal ?? code})`));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const timer = setTimeout(() => onError(new Error(`the ${finder} finder said nothing for ${SILENT_MS / 1000} s`)), SILENT_MS);
    child.on('message', onMessage).on('exit', onExit).on('error', onError);
  });
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** A finder in a process of its own (started with this process's loader: tsx). */
async function finderProcess(query: SpeedQuery, finder: Finder): Promise<FinderProcess> {
  const child = fork(WORKER, [JSON.stringify({ ...query, finder })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const stop = async () => {
    if (exited(child)) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    if (child.connected) child.send({ stop: true }, (error) => error && child.kill());
    else child.kill();
    await gone;
  };
  try {
    await reply(child, finder);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    call: async () => {
      const answer = reply(child, finder);
      child.send({ run: true });
      const { ms, error } = await answer;
      if (ms === undefined) throw new Error(`the ${finder} finder failed: ${error}`);
      return ms;
    },
    stop,
  };
}

/** The median time of our finder's call and of the finder before's, over `rounds` alternating rounds. */
export async function nowAgainstBefore(query: SpeedQuery, rounds: number): Promise<{ now: number; legacy: number }> {
  const started = await Promise.allSettled((['now', 'legacy'] as const).map((finder) => finderProcess(query, finder)));
  const finders = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  try {
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    const [now, legacy] = finders as [FinderProcess, FinderProcess];
    const times = { now: [] as number[], legacy: [] as number[] };
    for (let round = 0; round < WARM_UP + rounds; round += 1) {
      // Ours first in even rounds, theirs first in odd ones.
      const order = round % 2 === 0 ? (['now', 'legacy'] as const) : (['legacy', 'now'] as const);
      for (const finder of order) {
        const ms = await (finder === 'now' ? now : legacy).call();
        if (round >= WARM_UP) times[finder].push(ms);
      }
    }
    return { now: median(times.now), legacy: median(times.legacy) };
  } finally {
    await Promise.all(finders.map((finder) => finder.stop()));
  }
}

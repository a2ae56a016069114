// The topics benchmark's speed rounds: our finder and the one before, each in a process of
// its own (speed-worker.ts), called in alternating rounds so that other work on the machine
// weighs on both alike, each warmed up first (dictionaries, stemmers and plans load once
// per process, and a new process's code is compiled while it runs).
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Finder, SpeedWorkerArgs } from './speed-worker.js';

const WORKER = fileURLToPath(new URL('./speed-worker.ts', import.meta.url));

interface FinderProcess {
  call: () => Promise<number>;
  stop: () => Promise<void>;
}

type Reply = { ready?: true; ms?: number; error?: string };

/** The next message of `child` (its exit: an error). */
function reply(child: ChildProcess): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the ${WORKER} process ended (${code})`));
    child.once('exit', onExit);
    child.once('message', (message: Reply) => {
      child.off('exit', onExit);
      resolve(message);
    });
  });
}

/** A finder in a process of its own (the same loader as this one: tsx). */
async function finderProcess(args: SpeedWorkerArgs): Promise<FinderProcess> {
  const child = fork(WORKER, [JSON.stringify(args)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await reply(child);
  return {
    call: async () => {
      const answer = reply(child);
      child.send({ run: true });
      const { ms, error } = await answer;
      if (ms === undefined) throw new Error(`the ${args.finder} finder failed: ${error}`);
      return ms;
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ stop: true });
      await exited;
    },
  };
}

/** Calls of each before the timed rounds: a new process compiles the finder's code and plans its queries while called. */
const WARM_UP = 3;

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

/** The median time of our finder's call and of the finder before's, over `rounds` alternating rounds. */
export async function nowAgainstBefore(query: Omit<SpeedWorkerArgs, 'finder'>, rounds: number): Promise<{ now: number; legacy: number }> {
  const finders = await Promise.all((['now', 'legacy'] as Finder[]).map((finder) => finderProcess({ ...query, finder })));
  try {
    const [now, legacy] = finders as [FinderProcess, FinderProcess];
    for (let warmUp = 0; warmUp < WARM_UP; warmUp += 1) {
      await now.call();
      await legacy.call();
    }
    const nowTimes: number[] = [];
    const legacyTimes: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      nowTimes.push(await now.call());
      legacyTimes.push(await legacy.call());
    }
    return { now: median(nowTimes), legacy: median(legacyTimes) };
  } finally {
    await Promise.all(finders.map((finder) => finder.stop()));
  }
}

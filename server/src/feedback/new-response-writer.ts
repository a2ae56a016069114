import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { insertNewResponses } from './write-path/statement.js';
import type { Inserted, NewResponse } from './write-path/types.js';

const MAX_IN_FLIGHT = 1;
const MAX_BATCH = 100;

type Entry = { item: NewResponse; resolve: (r: Inserted) => void; reject: (e: unknown) => void };

export interface WriterOptions {
  /**
   * Send the next statement as soon as one is answered, before that one's callers get their
   * answers (a database server: it works on the next while this process answers). False for
   * a database in this process (PGlite): it waits for the next turn of the event loop.
   */
  startNextAtOnce: boolean;
}

/**
 * New responses of concurrent requests, written together (group commit): while a statement
 * is on its way, the responses that arrive wait and go as the next one. At low load each
 * goes at once; under load one round trip and one update of each hot roll-up row serve
 * many responses (the database's CPU per response falls from ~230 µs alone to ~50 µs in
 * tens). Each caller still gets its own answer, and exactly-once holds as for one: its
 * response and its counts are in one atomic statement.
 */
export class NewResponseWriter {
  private queue: Entry[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly timezone: string,
    private readonly options: WriterOptions = { startNextAtOnce: false },
  ) {}

  insert(item: NewResponse): Promise<Inserted> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Starts the next statement after the requests read in this turn of the event loop have
   * joined the queue (setImmediate runs after them). It matters most on PGlite, which runs
   * a statement on this thread: the requests that arrive meanwhile are read all at once
   * afterwards, and would otherwise go one statement each.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.queue.length > 0) {
      // One submission once per statement; a second copy (a racing retry) waits for the next.
      const batch: Entry[] = [];
      const later: Entry[] = [];
      const seen = new Set<string>();
      for (const entry of this.queue) {
        const key = `${entry.item.submission.serviceId}\n${entry.item.submission.submissionId}`;
        if (batch.length < MAX_BATCH && !seen.has(key)) {
          seen.add(key);
          batch.push(entry);
        } else later.push(entry);
      }
      this.queue = later;
      this.inFlight += 1;
      void this.run(batch);
    }
  }

  /** One statement fewer in flight: the next one starts now, or in the next turn of the event loop. */
  private done(startNextAtOnce: boolean): void {
    this.inFlight -= 1;
    if (startNextAtOnce) this.pump();
    else this.schedule();
  }

  /** Never throws: every entry of the batch is resolved or rejected. */
  private async run(batch: Entry[]): Promise<void> {
    let results: Inserted[];
    try {
      results = await insertNewResponses(
        this.db,
        batch.map((e) => e.item),
        this.timezone,
      );
    } catch (error) {
      await this.oneByOne(batch, error);
      this.done(false);
      return;
    }
    // Measured with the ingest benchmark on PostgreSQL: the statement's wait for this
    // process (answering the batch, reading new requests) fell from ~0.3 to ~0.05 ms.
    this.done(this.options.startNextAtOnce);
    batch.forEach((entry, i) => {
      entry.resolve(results[i]!);
    });
  }

  private async oneByOne(batch: Entry[], error: unknown): Promise<void> {
    if (batch.length === 1 || isDatabaseUnavailable(error)) {
      for (const entry of batch) entry.reject(error);
      return;
    }
    // One item's problem (e.g. a constraint) must not fail the others: each on its own.
    await Promise.all(
      batch.map((entry) => insertNewResponses(this.db, [entry.item], this.timezone).then(([r]) => entry.resolve(r!), entry.reject)),
    );
  }
}

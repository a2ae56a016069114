import { canonical, type Submission } from './submission.js';

/**
 * The outbox: every submission not yet acknowledged, in localStorage, so a pressed score
 * survives a page navigation. Storage may be disabled, full or throw on access (private
 * modes, sandboxed frames): every access is guarded, and without storage the widget still
 * works, only without this safety net.
 */
export const OUTBOX_KEY = 'feedback-instrument:outbox:v1';
/** Older entries are dropped: the server would no longer attach a follow-up to them, and nobody waits for them. */
export const OUTBOX_MAX_AGE = 7 * 24 * 60 * 60 * 1000;
/** A bound, so a server that stays unreachable cannot fill the page's storage. */
export const OUTBOX_MAX_ENTRIES = 50;

export interface OutboxEntry {
  endpoint: string;
  body: Submission;
  /** When it was first put in (ms since epoch). */
  queuedAt: number;
}

/** localStorage, or null where the browser refuses it (reading the property itself can throw). */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The entries that are still fresh; anything unreadable counts as empty. */
export function readOutbox(storage: Storage | null, now = Date.now()): OutboxEntry[] {
  try {
    const entries: unknown = JSON.parse(storage?.getItem(OUTBOX_KEY) ?? '[]');
    return Array.isArray(entries) ? entries.filter((e: OutboxEntry) => e?.body?.submissionId && now - e.queuedAt < OUTBOX_MAX_AGE) : [];
  } catch {
    return [];
  }
}

function write(storage: Storage | null, entries: OutboxEntry[]): void {
  try {
    if (entries.length) storage?.setItem(OUTBOX_KEY, JSON.stringify(entries.slice(-OUTBOX_MAX_ENTRIES)));
    else storage?.removeItem(OUTBOX_KEY);
  } catch {
    // Full or disabled: the submission is still being sent from this page.
  }
}

/**
 * Keeps a submission until it is acknowledged. The follow-up with a remark replaces the
 * score-only entry of the same submissionId (its body is a superset), never the other way.
 */
export function putInOutbox(storage: Storage | null, endpoint: string, body: Submission, now = Date.now()): void {
  const entries = readOutbox(storage, now);
  const old = entries.find((e) => e.endpoint === endpoint && e.body.submissionId === body.submissionId);
  if (!old) entries.push({ endpoint, body, queuedAt: now });
  else if (Object.keys(body).length >= Object.keys(old.body).length) old.body = body;
  write(storage, entries);
}

/**
 * Removes a submission once it is acknowledged (or refused for good) — only when the stored
 * body is this one: the late answer to a score must not remove the remark that replaced it.
 */
export function takeFromOutbox(storage: Storage | null, endpoint: string, body: Submission, now = Date.now()): void {
  const sent = canonical(body);
  write(
    storage,
    readOutbox(storage, now).filter((e) => e.endpoint !== endpoint || canonical(e.body) !== sent),
  );
}

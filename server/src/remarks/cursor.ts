import { badRequest } from '../http/api-error.js';
import type { RemarkPosition } from './remarks.js';

// An opaque cursor: the position (received_at at full precision, id) of the last remark
// of a page, as base64url JSON. Opaque to clients, so its form may change.

export function encodeCursor(position: RemarkPosition): string {
  return Buffer.from(JSON.stringify([position.receivedAt, position.id]), 'utf8').toString('base64url');
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A timestamp PostgreSQL accepts: the form, and a real day and time (no month 13, no 30 February). */
function isTimestamp(text: string): boolean {
  const parts = TIMESTAMP.exec(text);
  if (!parts) return false;
  const [y, mo, d, h, mi, s] = text
    .slice(0, 19)
    .split(/[-: T]/)
    .map(Number) as [number, number, number, number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return y >= 2000 && day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}

export function decodeCursor(cursor: string): RemarkPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && isTimestamp(String(value[0])) && UUID.test(String(value[1]))) {
      return { receivedAt: String(value[0]), id: String(value[1]) };
    }
  } catch {
    // Falls through to the error below.
  }
  throw badRequest('The cursor is not valid; pass the nextCursor of the previous page unchanged.', [
    { path: 'cursor', message: 'not a cursor this API gave out' },
  ]);
}

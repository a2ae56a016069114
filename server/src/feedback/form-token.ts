import { createHmac, timingSafeEqual } from 'node:crypto';

// The no-JavaScript form carries a signed "rendered at" time, so a form sent back faster
// than a person can fill it is recognised as spam. Signed, so it cannot be back-dated.

function sign(secret: string, renderedAt: number): string {
  return createHmac('sha256', secret).update(`form:${renderedAt}`).digest('base64url');
}

export function makeFormToken(secret: string, renderedAt = Date.now()): string {
  return `${renderedAt}.${sign(secret, renderedAt)}`;
}

/** 'ok', 'too-fast' or 'invalid' (forged or garbled tokens are treated as spam). */
export function checkFormToken(secret: string, token: string, minFillMs: number, now = Date.now()): 'ok' | 'too-fast' | 'invalid' {
  const [time, signature] = token.split('.');
  const renderedAt = Number(time);
  if (!signature || !Number.isSafeInteger(renderedAt)) return 'invalid';
  const expected = Buffer.from(sign(secret, renderedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return now - renderedAt < minFillMs ? 'too-fast' : 'ok';
}

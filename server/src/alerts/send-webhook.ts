import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { errorKind, statusKind } from './delivery-error.js';
import { isPublicAddress } from './public-address.js';

export interface SendOutcome {
  ok: boolean;
  httpStatus: number | null;
  error: string | null;
}

/**
 * Resolves like dns.lookup, but refuses any address that is not public: checked on the
 * address the connection is actually made to, so DNS rebinding after the subscription
 * was checked cannot reach the operator's network.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 0);
    const list = addresses as unknown as LookupAddress[];
    const inside = list.find((a) => !isPublicAddress(a.address));
    if (inside || list.length === 0) {
      return callback(Object.assign(new Error(`refused: ${hostname} resolves to a private address`), { code: 'EPRIVATE' }), '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
};

/**
 * POSTs one webhook. Redirects are not followed (a 3xx is a failure: the receiver must
 * answer itself), a receiver slower than timeoutMs fails the attempt, and only a 2xx counts
 * as delivered. The answer's body is read and dropped.
 */
export function sendWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; allowInsecure: boolean },
): Promise<SendOutcome> {
  return new Promise((resolve) => {
    const target = new URL(url);
    // A literal address is connected to without any lookup: judge it here, at connection time too.
    const literal = target.hostname.replace(/^\[(.*)\]$/, '$1');
    if (!options.allowInsecure && isIP(literal) !== 0 && !isPublicAddress(literal)) {
      resolve({ ok: false, httpStatus: null, error: 'refused_address' });
      return;
    }
    const client = target.protocol === 'https:' ? https : http;
    let settled = false;
    const finish = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'feedbackinstrument-webhooks/1',
        },
        agent: false,
        ...(!options.allowInsecure && { lookup: publicOnlyLookup }),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        response.resume();
        response.on('end', () => {
          const ok = status >= 200 && status < 300;
          finish({ ok, httpStatus: status, error: ok ? null : statusKind(status) });
        });
        response.on('error', () => finish({ ok: false, httpStatus: status, error: 'connection_reset' }));
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, httpStatus: null, error: 'timeout' });
      request.destroy();
    }, options.timeoutMs);
    request.on('error', (err: NodeJS.ErrnoException) => finish({ ok: false, httpStatus: null, error: errorKind(err) }));
    request.end(body);
  });
}

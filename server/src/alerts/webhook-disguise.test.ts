import { describe, expect, it } from 'vitest';
import { startWebhookReceiver } from '../testing/webhook-receiver.js';
import { isPublicAddress, webhookUrlProblem } from './public-address.js';
import { sendWebhook } from './send-webhook.js';

// Issue 19, item 6, as the attack: webhook targets that reach the operator's own network in
// disguise (IPv6 forms that carry an IPv4 address, old and special IPv6 ranges, IPv4 ranges a
// hand-written list forgot). Each is refused when the subscription is made and again when a
// delivery would connect (a literal address is connected to without any DNS lookup).

const DISGUISES = [
  '::7f00:1', // ::127.0.0.1, IPv4-compatible, as URL parsers write it
  '::127.0.0.1',
  '::ffff:0:7f00:1', // ::ffff:0:a.b.c.d (rfc6145)
  '::ffff:127.0.0.1', // IPv4-mapped
  '64:ff9b::7f00:1', // NAT64
  '64:ff9b:1::a00:1', // local-use NAT64
  '2002:7f00:1::', // 6to4 of 127.0.0.1
  '2002:a00:1::1', // 6to4 of 10.0.0.1
  '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo
  '2001::1',
  'fec0::1', // site-local
  'fc00::1', // unique-local
  'fd12:3456::1',
  'ff02::1', // multicast
  'ff05::2',
  '0.0.0.0',
  '0.1.2.3', // "this" network 0.0.0.0/8
  '100.64.0.1', // CGNAT 100.64.0.0/10
  '100.127.255.254',
  '198.18.0.1', // benchmarking 198.18.0.0/15
  '198.19.255.254',
  '224.0.0.1', // multicast
  '239.255.255.250',
  '255.255.255.255',
];
const PUBLIC = ['8.8.8.8', '1.1.1.1', '193.191.245.1', '2001:4860:4860::8888', '2a00:1450:4001:80b::200e'];

const literal = (address: string) => (address.includes(':') ? `[${address}]` : address);

describe('webhook targets in disguise', () => {
  it('are not public addresses; real public ones are', () => {
    for (const a of DISGUISES) expect(isPublicAddress(a), a).toBe(false);
    for (const a of PUBLIC) expect(isPublicAddress(a), a).toBe(true);
  });

  it('are refused when the subscription is made', async () => {
    for (const a of DISGUISES) expect(await webhookUrlProblem(`https://${literal(a)}/hook`, false), a).toMatch(/private network/);
    for (const a of PUBLIC) expect(await webhookUrlProblem(`https://${literal(a)}/hook`, false), a).toBeNull();
  });

  it('are refused again when a delivery would connect, before any connection', async () => {
    for (const a of DISGUISES) {
      const outcome = await sendWebhook(`https://${literal(a)}:9/hook`, {}, '{}', { timeoutMs: 1_000, allowInsecure: false });
      expect(outcome, a).toEqual({ ok: false, httpStatus: null, error: 'refused_address' });
    }
    // A real receiver on loopback, named by its literal address: nothing reaches it.
    const receiver = await startWebhookReceiver();
    try {
      expect(await sendWebhook(receiver.url, {}, '{}', { timeoutMs: 1_000, allowInsecure: false })).toEqual({
        ok: false,
        httpStatus: null,
        error: 'refused_address',
      });
      const mapped = receiver.url.replace('127.0.0.1', '[::ffff:127.0.0.1]');
      expect((await sendWebhook(mapped, {}, '{}', { timeoutMs: 1_000, allowInsecure: false })).error).toBe('refused_address');
      expect(receiver.received).toHaveLength(0);
    } finally {
      await receiver.close();
    }
  });

  it('a failed delivery names the kind of failure, never what the network said', async () => {
    const receiver = await startWebhookReceiver(() => 502);
    const closed = receiver.url.replace(/:\d+\//, ':1/');
    try {
      expect(await sendWebhook(receiver.url, {}, '{}', { timeoutMs: 1_000, allowInsecure: true })).toEqual({
        ok: false,
        httpStatus: 502,
        error: 'http_status 5xx',
      });
      expect(await sendWebhook(closed, {}, '{}', { timeoutMs: 1_000, allowInsecure: true })).toEqual({
        ok: false,
        httpStatus: null,
        error: 'connection_refused',
      });
      expect((await sendWebhook('http://does-not-exist.invalid/hook', {}, '{}', { timeoutMs: 2_000, allowInsecure: true })).error).toBe(
        'dns',
      );
    } finally {
      await receiver.close();
    }
  });
});

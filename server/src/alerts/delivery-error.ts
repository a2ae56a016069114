import { DELIVERY_ERRORS, type DeliveryError } from '@feedbackinstrument/shared';

// A failed delivery is logged and shown as a kind of failure only. The network's own words
// (an error message naming an address, a banner, a certificate's subject) would let anyone
// who may add a subscription probe hosts and ports through this server.

const BY_CODE: Record<string, DeliveryError> = {
  ECONNREFUSED: 'connection_refused',
  ECONNRESET: 'connection_reset',
  EPIPE: 'connection_reset',
  ECONNABORTED: 'connection_reset',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NONAME: 'dns',
  EDNS: 'dns',
  ETIMEDOUT: 'timeout',
  ESOCKETTIMEDOUT: 'timeout',
  EPRIVATE: 'refused_address',
  EPROTO: 'tls',
  ETLS: 'tls',
  EAUTH: 'smtp_auth',
  EENVELOPE: 'smtp_refused',
  EMESSAGE: 'smtp_refused',
  ECONNECTION: 'connection_refused',
  ESOCKET: 'connection_reset',
};

/** The kind of a network error (Node's or nodemailer's code). */
export function errorKind(error: unknown): DeliveryError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (BY_CODE[code]) return BY_CODE[code];
  if (/^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL)/.test(code)) return 'tls';
  return 'error';
}

/** The kind of an HTTP answer that is not a 2xx. */
export function statusKind(status: number): DeliveryError {
  if (status >= 300 && status < 400) return 'redirect';
  if (status >= 400 && status < 500) return 'http_status 4xx';
  if (status >= 500 && status < 600) return 'http_status 5xx';
  return 'http_status other';
}

const KNOWN = new Set<string>(DELIVERY_ERRORS);

/** A stored error as shown: rows logged before errors were kinds read as 'error'. */
export const shownError = (stored: string | null): DeliveryError | null =>
  stored === null ? null : KNOWN.has(stored) ? (stored as DeliveryError) : 'error';

// Errors that mean "the database cannot be reached right now" (answered 503), as
// opposed to errors in our queries (answered 500).
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOSERVER', // NoServerError: no server of the wanted kind among the hosts
  '25006', // read_only_sql_transaction: the node we write to turned standby
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);

/** No server of the kind DATABASE_URL asks for (e.g. no writable primary) answers now. */
export class NoServerError extends Error {
  readonly code = 'ENOSERVER';
  constructor(message: string) {
    super(message);
    this.name = 'NoServerError';
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/i.test(
    message,
  );
}

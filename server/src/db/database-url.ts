// DATABASE_URL in libpq's URI form, with several hosts:
//   postgres://user:password@h1:5432,h2:5433/db?target_session_attrs=read-write&sslmode=require
// node-postgres takes one host only (brianc/node-postgres#1470), so we split the list into one
// single-host connection string per host and choose among them ourselves (failover-pool.ts).

/** libpq's target_session_attrs: which kind of server a connection must reach. */
export const SESSION_ATTRS = ['any', 'read-write', 'read-only', 'primary', 'standby', 'prefer-standby'] as const;
export type SessionAttrs = (typeof SESSION_ATTRS)[number];

export interface DatabaseHost {
  host: string;
  port: number;
  /** A single-host connection string for node-postgres (credentials, database and parameters kept). */
  url: string;
}

export interface DatabaseTarget {
  hosts: DatabaseHost[];
  sessionAttrs: SessionAttrs;
  /** "h1:5432, h2:5433": for messages (never the credentials). */
  described: string;
}

// The parameters node-postgres understands in a connection string (pg-connection-string),
// all of them libpq's own; any other is a typo or a libpq feature we do not have.
const PASSED_ON = new Set([
  'host',
  'port',
  'user',
  'password',
  'dbname',
  'sslmode',
  'sslcert',
  'sslkey',
  'sslrootcert',
  'ssl',
  'application_name',
  'fallback_application_name',
  'options',
  'client_encoding',
  'connect_timeout',
  'keepalives',
  'keepalives_idle',
  'statement_timeout',
  'query_timeout',
  'lock_timeout',
  'idle_in_transaction_session_timeout',
]);

export class DatabaseUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUrlError';
  }
}

const URI = /^(postgres(?:ql)?):\/\/(?:([^@/?#]*)@)?([^/?#]*)(\/[^?#]*)?(?:\?([^#]*))?$/;

/** Parses a libpq URI with one or more hosts; throws DatabaseUrlError with one clear sentence. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  const match = URI.exec(url.trim());
  if (!match) throw new DatabaseUrlError('must be postgres://user:password@host:port[,host:port…]/database[?parameters]');
  const [, scheme, userinfo, hostList = '', path = '', query = ''] = match;
  const params = new URLSearchParams(query);
  let sessionAttrs: SessionAttrs = 'any';
  for (const [name, value] of params) {
    if (name === 'target_session_attrs') {
      if (!(SESSION_ATTRS as readonly string[]).includes(value)) {
        throw new DatabaseUrlError(`target_session_attrs "${value}" is not one of ${SESSION_ATTRS.join(', ')}`);
      }
      sessionAttrs = value as SessionAttrs;
    } else if (!PASSED_ON.has(name)) {
      throw new DatabaseUrlError(`unknown parameter "${name}" (known: target_session_attrs, ${[...PASSED_ON].join(', ')})`);
    }
  }
  params.delete('target_session_attrs');
  const rest = params.toString();

  const specs = hostList === '' ? [] : hostList.split(',');
  if (specs.length > 1 && params.has('host')) throw new DatabaseUrlError('give the hosts either in the address or as host=, not both');
  const hosts: DatabaseHost[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const { host, port } = splitHostPort(spec);
    const key = `${host.toLowerCase()}:${port}`;
    if (seen.has(key)) throw new DatabaseUrlError(`host ${host}:${port} is listed twice`);
    seen.add(key);
    const hostPart = host.includes(':') ? `[${host}]` : host;
    hosts.push({
      host,
      port,
      url: `${scheme}://${userinfo !== undefined ? `${userinfo}@` : ''}${hostPart}:${port}${path}${rest ? `?${rest}` : ''}`,
    });
  }
  // No host in the address (e.g. postgres:///db?host=/run/postgresql): node-postgres reads it whole.
  if (hosts.length === 0)
    hosts.push({ host: params.get('host') ?? 'localhost', port: Number(params.get('port') ?? 5432), url: url.trim() });
  return { hosts, sessionAttrs, described: hosts.map((h) => `${h.host}:${h.port}`).join(', ') };
}

function splitHostPort(spec: string): { host: string; port: number } {
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(spec);
  const [host, portText] = bracketed
    ? [bracketed[1]!, bracketed[2]]
    : spec.includes(':')
      ? [spec.slice(0, spec.lastIndexOf(':')), spec.slice(spec.lastIndexOf(':') + 1)]
      : [spec, undefined];
  if (host === '') throw new DatabaseUrlError(`"${spec}" has no host name`);
  if (portText === undefined || portText === '') return { host: decodeURIComponent(host), port: 5432 };
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535)
    throw new DatabaseUrlError(`port "${portText}" of host ${host} is not a number from 1 to 65535`);
  return { host: decodeURIComponent(host), port };
}

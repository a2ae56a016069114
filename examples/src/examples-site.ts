import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

// A small static site on its own origin, like an e-loket that embeds the widget from
// the feedback host. Pages name that host as %FEEDBACK_ORIGIN%, filled in when served.

const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript; charset=utf-8',
};

/** Pages served with a strict Content-Security-Policy header, as a careful e-loket would. */
const STRICT_CSP_PAGES = new Set(['/hostile-css.html', '/strikte-csp.html']);

export interface ExamplesSite {
  url: string;
  /** The port it listens on (the one asked for, or the one given for port 0). */
  port: number;
  close(): Promise<void>;
}

export function strictCsp(feedbackOrigin: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${feedbackOrigin}`,
    "style-src 'self'",
    `connect-src ${feedbackOrigin}`,
    "img-src 'self'",
    `form-action ${feedbackOrigin}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export async function startExamplesSite(options: { port: number; host: string; feedbackOrigin: string }): Promise<ExamplesSite> {
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://site.invalid').pathname;
    const file = normalize(path === '/' ? '/index.html' : path);
    const type = TYPES[extname(file)];
    if (file.includes('..') || !type || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let body: string;
    try {
      body = await readFile(join(PAGES_DIR, file), 'utf8');
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    if (STRICT_CSP_PAGES.has(file)) headers['content-security-policy'] = strictCsp(options.feedbackOrigin);
    response.writeHead(200, headers).end(body.replaceAll('%FEEDBACK_ORIGIN%', options.feedbackOrigin));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  // A wildcard address is not one a browser can open: name the machine itself instead.
  const host = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

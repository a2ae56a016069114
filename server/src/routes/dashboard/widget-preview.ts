import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CONTEXTS, LANGUAGES, Slug } from '@feedbackinstrument/shared';
import { escapeHtml } from '../../kernel/escape.js';
import { pageShell } from '../../kernel/page-shell.js';

/**
 * The page the dashboard's embed page shows in an iframe: the real widget with the chosen
 * options. A preview must count nothing, and this page makes sure of it in the browser,
 * not by trusting the widget: its policy has `connect-src 'none'`, so neither the display
 * beacon nor a feedback POST can leave the page (the widget keeps its size budget, and no
 * "preview" switch exists that a real page could turn on by mistake). It may be framed by
 * the dashboard only (frame-ancestors 'self').
 */
export const PREVIEW_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'none'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const PreviewQuery = z
  .object({
    service: Slug,
    context: z.enum(CONTEXTS).default('transaction'),
    mode: z.enum(['inline', 'floating']).default('inline'),
    lang: z.enum(LANGUAGES).default('nl'),
  })
  .strict();

export default async function widgetPreviewRoutes(app: FastifyInstance) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/dashboard/widget-preview', { schema: { hide: true, querystring: PreviewQuery } }, async (request, reply) => {
      const { service, context, mode, lang } = request.query;
      const attrs = `service="${escapeHtml(service)}" context="${context}" mode="${mode}" lang="${lang}"`;
      return reply
        .header('content-security-policy', PREVIEW_CSP)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(
          pageShell({
            lang,
            title: 'Preview',
            stylesheet: { inline: 'body{margin:0;padding:0.5rem;font-family:system-ui,sans-serif;min-height:20rem}' },
            head: '<script type="module" src="/widget.js"></script>',
            body: `<feedback-instrument ${attrs}></feedback-instrument>`,
          }),
        );
    });
}

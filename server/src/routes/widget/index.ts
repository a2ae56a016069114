import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorEnvelope } from '@feedbackinstrument/shared';
import { ApiError } from '../../http/api-error.js';
import { CHUNK_DIR, loadWidgetBundle, pickEncoding, type WidgetFile } from '../../widget/widget-bundle.js';

const WidgetInfo = z
  .object({
    version: z.string(),
    url: z.string().meta({ description: 'The versioned URL: the same bytes forever, cacheable for a year.' }),
    integrity: z.string().meta({ description: 'Subresource Integrity hash for the versioned URL.' }),
    chunks: z.array(z.object({ url: z.string(), integrity: z.string() })).meta({
      description:
        'The hashed chunks the widget imports after a press (the remark form, one per language), each with its SRI hash: put them in an import map\'s "integrity" (absolute URLs) to pin them as the script tag\'s integrity pins widget.js.',
    }),
  })
  .meta({ id: 'WidgetInfo' });

// /widget.js is revalidated (short max-age + ETag) so a new release reaches every e-loket
// within minutes; /widget.<version>.js never changes and is cached for a year.
const SHORT = 'public, max-age=300, stale-while-revalidate=3600';
const FOREVER = 'public, max-age=31536000, immutable';

const chunkResponses = {
  200: {
    description:
      'A hashed chunk of the widget (an ES module), compressed with br or gzip as Accept-Encoding allows; its name changes with its content.',
    content: { 'text/javascript': { schema: z.string() } },
  },
  404: ErrorEnvelope,
};

const bundleResponses = {
  200: {
    description:
      'The widget bundle (an ES module), compressed with br or gzip as Accept-Encoding allows. 304 when If-None-Match matches its ETag.',
    content: { 'text/javascript': { schema: z.string() } },
  },
  404: ErrorEnvelope,
};

export default async function widgetRoutes(app: FastifyInstance) {
  const bundle = loadWidgetBundle(app.config.widgetDir);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const notBuilt = () => new ApiError(404, 'not_found', 'The widget has not been built on this server (run pnpm build).');

  r.get(
    '/widget.js',
    {
      schema: {
        operationId: 'getWidget',
        tags: ['collection'],
        summary: 'The widget bundle (revalidated; ETag)',
        response: bundleResponses,
      },
    },
    async (request, reply) => {
      if (!bundle) throw notBuilt();
      return sendBundle(request, reply, bundle, SHORT);
    },
  );

  r.get(
    '/widget.:version.js',
    {
      schema: {
        operationId: 'getWidgetAtVersion',
        tags: ['collection'],
        summary: 'The widget bundle at a fixed version (immutable)',
        params: z.object({ version: z.string() }),
        response: bundleResponses,
      },
    },
    async (request, reply) => {
      if (!bundle) throw notBuilt();
      if (request.params.version !== bundle.version) {
        throw new ApiError(
          404,
          'not_found',
          `Widget version ${request.params.version} is not served here; the current one is ${bundle.version}.`,
        );
      }
      return sendBundle(request, reply, bundle, FOREVER);
    },
  );

  r.get(
    `/${CHUNK_DIR}/:file`,
    {
      schema: {
        operationId: 'getWidgetChunk',
        tags: ['collection'],
        summary: 'A part of the widget loaded after a press (immutable)',
        params: z.object({ file: z.string() }),
        response: chunkResponses,
      },
    },
    async (request, reply) => {
      if (!bundle) throw notBuilt();
      const chunk = bundle.chunks.get(request.params.file);
      if (!chunk)
        throw new ApiError(404, 'not_found', `No widget chunk ${request.params.file} here: it belongs to another version of the widget.`);
      return sendBundle(request, reply, chunk, FOREVER);
    },
  );

  r.get(
    '/widget.json',
    {
      schema: {
        operationId: 'getWidgetInfo',
        tags: ['collection'],
        summary: 'The current widget version, its fixed URL and integrity hash',
        response: { 200: WidgetInfo, 404: ErrorEnvelope },
      },
    },
    async (_request, reply) => {
      if (!bundle) throw notBuilt();
      reply.header('cache-control', 'no-cache').header('access-control-allow-origin', '*');
      return {
        version: bundle.version,
        url: `/widget.${bundle.version}.js`,
        integrity: bundle.integrity,
        chunks: [...bundle.chunks].map(([name, chunk]) => ({ url: `/${CHUNK_DIR}/${name}`, integrity: chunk.integrity })),
      };
    },
  );
}

function sendBundle(request: FastifyRequest, reply: FastifyReply, bundle: WidgetFile, cacheControl: string) {
  reply
    .header('cache-control', cacheControl)
    .header('etag', bundle.etag)
    .header('vary', 'accept-encoding')
    .header('access-control-allow-origin', '*')
    .header('cross-origin-resource-policy', 'cross-origin')
    .header('x-content-type-options', 'nosniff')
    .type('text/javascript; charset=utf-8');
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bundle.etag)) {
    return reply.code(304).send();
  }
  const encoding = pickEncoding(request.headers['accept-encoding']);
  if (encoding) reply.header('content-encoding', encoding);
  return reply.send(encoding === 'br' ? bundle.brotli : encoding === 'gzip' ? bundle.gzip : bundle.identity);
}

import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorEnvelope, Slug, Year } from '@feedbackinstrument/shared';
import type { Language } from '@feedbackinstrument/shared/constants';
import { badRequest, notFound } from '../../http/api-error.js';
import { ownBaseUrl } from '../../http/own-origin.js';
import { currentYear } from '../../kernel/calendar.js';
import { dcatCatalogue } from '../../open-data/dcat.js';
import { openCsv } from '../../open-data/open-csv.js';
import { openErrorPage, overviewPage, servicePage } from '../../open-data/open-page.js';
import { pageCount, selectServices } from '../../open-data/open-selection.js';
import { FIRST_OPEN_YEAR, languageOf, parseOpenQuery, queryKey } from '../../open-data/open-query.js';
import { OpenSite, OPEN_CACHE_SECONDS, etagOf, sendCached } from '../../open-data/open-site.js';
import { OPEN_CSS, OPEN_CSS_VERSION, OPEN_PAGE_CSP } from '../../open-data/open-style.js';

const HTML = 'text/html; charset=utf-8';
const htmlPage = (description: string) => ({
  200: { description, content: { 'text/html': { schema: z.string() } } },
  400: {
    description: 'A year out of range or a filter value the form does not offer: an HTML page in the page’s language.',
    content: { 'text/html': { schema: z.string() } },
  },
});
const PAGE_QUERY =
  'Query (all optional, as the page’s own GET form sends it): `lang` (nl, fr, en, de; default nl), `year` (2000 to this ' +
  'year; default this year), `level` (vlaams, provinciaal, lokaal), `domain` (a policy domain), `organisation` (an ' +
  'organisation id), `q` (words in the service’s name), `sort` (name, responses, satisfied, change), `page` (20 services a page).';

declare module 'fastify' {
  interface FastifyInstance {
    /** The caches of the public /open pages (tests clear them between set-ups). */
    openSite: OpenSite;
  }
}

// fastify-plugin: app.openSite is visible outside this plugin (tests clear the caches).
export default fp(async function openRoutes(app: FastifyInstance) {
  const site = new OpenSite({ db: app.dbRead, timezone: app.config.timezone });
  app.decorate('openSite', site);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const thisYear = () => currentYear(app.config.timezone);

  const errorPage = (reply: FastifyReply, status: 400 | 404, lang: Language) =>
    reply
      .code(status)
      .type(HTML)
      .header('content-security-policy', OPEN_PAGE_CSP)
      .header('cache-control', 'no-store')
      .header('content-language', lang)
      .send(openErrorPage(status, lang));

  r.get('/open', {
    schema: {
      operationId: 'getOpenFiguresPage',
      tags: ['open data'],
      summary: 'The open figures as a web page (HTML, no sign-in, works without JavaScript)',
      description: `The services that publish their figures, grouped by level, policy domain and organisation. ${PAGE_QUERY} Cached for ${OPEN_CACHE_SECONDS} s (ETag).`,
      security: [],
      response: htmlPage('The page.'),
    },
    handler: async (request, reply) => {
      const now = thisYear();
      const q = parseOpenQuery(request.query, now);
      if (!q) return errorPage(reply, 400, languageOf(request.query));
      if (q.page > 1 && q.page > pageCount(selectServices(await site.yearFigures(q.year), q).length)) return errorPage(reply, 400, q.lang);
      const cached = await site.body(`overview ${queryKey(q)}`, q.year, (figures) => overviewPage(figures, q, now));
      reply.header('content-security-policy', OPEN_PAGE_CSP).header('content-language', q.lang);
      return sendCached(request, reply, cached, HTML);
    },
  });

  r.get('/open/services/:serviceId', {
    schema: {
      operationId: 'getOpenServicePage',
      tags: ['open data'],
      summary: 'The open figures of one service as a web page (HTML)',
      description: `One published service: its figures, the change against last year and the month-by-month chart with its table. \`lang\` and \`year\` as on /open.`,
      security: [],
      // Any string: a malformed id answers the same HTML 404 page as an unknown one (checked in the handler).
      params: z.object({ serviceId: z.string().meta({ description: 'The service id.' }) }),
      response: {
        ...htmlPage('The page.'),
        404: { description: 'Unknown, or not published: an HTML page.', content: { 'text/html': { schema: z.string() } } },
      },
    },
    handler: async (request, reply) => {
      const now = thisYear();
      const lang = languageOf(request.query);
      const q = parseOpenQuery(request.query, now);
      const { serviceId } = request.params;
      if (!q) return errorPage(reply, 400, lang);
      if (!Slug.safeParse(serviceId).success) return errorPage(reply, 404, lang);
      const figures = await site.yearFigures(q.year);
      const service = figures.services.find((s) => s.id === serviceId);
      if (!service) return errorPage(reply, 404, lang);
      const cached = await site.body(`service ${serviceId} ${queryKey(q)}`, q.year, (f) => servicePage(f, service, q, now));
      reply.header('content-security-policy', OPEN_PAGE_CSP).header('content-language', q.lang);
      return sendCached(request, reply, cached, HTML);
    },
  });

  r.get('/open/figures.csv', {
    schema: {
      operationId: 'getOpenFiguresCsv',
      tags: ['open data'],
      summary: 'The open figures of a year as CSV',
      description:
        'One row per published service: the numbers of /v1/public/figures (withheld figures are empty cells), with the ' +
        'organisation’s level and policy domain, the satisfied share of the year before and the change in percentage points. ' +
        'Comma, decimal point, UTF-8. Without `year`: this year.',
      security: [],
      querystring: z.object({ year: Year.optional() }).strict(),
      response: { 200: { description: 'The CSV file.', content: { 'text/csv': { schema: z.string() } } }, 400: ErrorEnvelope },
    },
    handler: async (request, reply) => {
      const now = thisYear();
      const year = request.query.year ?? now;
      if (year > now) throw badRequest(`There are no figures of ${year} yet.`, [{ path: 'year', message: `at most ${now}` }]);
      const cached = await site.body(`csv ${year}`, year, openCsv);
      reply
        .header('content-disposition', `attachment; filename="feedback-open-figures-${year}.csv"`)
        .header('access-control-allow-origin', '*');
      return sendCached(request, reply, cached, 'text/csv; charset=utf-8');
    },
  });

  r.get('/open/dcat.jsonld', {
    schema: {
      operationId: 'getOpenDataCatalogue',
      tags: ['open data'],
      summary: 'DCAT-AP Vlaanderen metadata of the open data set (JSON-LD), for the open-data portal to harvest',
      security: [],
      // It takes no parameters: an unknown one is refused (400) rather than ignored.
      querystring: z.object({}).strict(),
      response: {
        200: {
          description: 'A dcat:Catalog with one dcat:Dataset and its distributions.',
          content: { 'application/ld+json': { schema: z.record(z.string(), z.unknown()) } },
        },
      },
    },
    handler: async (request, reply) => {
      // PUBLIC_URL, or the loopback address: never the caller's Host (this answer is cached and public).
      const base = ownBaseUrl(app);
      const now = thisYear();
      const today = new Date().toISOString().slice(0, 10);
      const body = JSON.stringify(dcatCatalogue(base, today, FIRST_OPEN_YEAR, now), null, 2);
      reply.header('access-control-allow-origin', '*');
      return sendCached(request, reply, { body, etag: etagOf(body) }, 'application/ld+json; charset=utf-8');
    },
  });

  // The stylesheet, under a versioned name: cached for a year, a new release gets a new name.
  r.get('/open/open.:version.css', { schema: { hide: true } }, async (request, reply) => {
    const { version } = request.params as { version: string };
    if (version !== OPEN_CSS_VERSION) throw notFound(`There is no stylesheet version ${version}; the pages link the current one.`);
    return reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(OPEN_CSS);
  });
});

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrganisation } from '../organisations/organisations.js';
import { insertService, updateService } from '../services/services.js';
import { addResponses } from '../testing/bulk-responses.js';
import { FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

const GENT = FIXTURE_SERVICES.gent.id;
const GROEIPAKKET = FIXTURE_SERVICES.groeipakket.id;

describe.each(BACKENDS)('the open figures pages on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.database.db;
    await insertOrganisation(db, {
      id: 'provincie-antwerpen',
      name: 'Provincie Antwerpen',
      level: 'provinciaal',
      policyDomain: 'Mobiliteit',
    });
    await insertService(db, {
      id: 'fietsostrade-melden',
      organisationId: 'provincie-antwerpen',
      name: { nl: 'Probleem op een fietsostrade melden <b>nu</b>' },
      audience: 'burgers',
      channel: 'provincie.be',
      publishFigures: true,
    });
    await insertService(db, {
      id: 'gent-verborgen',
      organisationId: 'stad-gent',
      name: { nl: 'Niet gepubliceerde dienst' },
      audience: 'burgers',
      channel: 'stad.gent',
    });
    await updateService(db, GENT, { publishFigures: true });
    await updateService(db, GROEIPAKKET, { publishFigures: true });
    // Gent 2025: 30 of 40 satisfied (March 20 + 10, October 10 + 0) → 75 %; 2024: 12 of 20 → 60 %: +15 points.
    await addResponses(db, GENT, { satisfied: 20, other: 10 }, '2025-03-10');
    await addResponses(db, GENT, { satisfied: 10, other: 0 }, '2025-10-01');
    await addResponses(db, GENT, { satisfied: 12, other: 8 }, '2024-05-01');
    // Groeipakket 2025: 9 responses → withheld.
    await addResponses(db, GROEIPAKKET, { satisfied: 9, other: 0 }, '2025-04-01');
    // Fietsostrade 2025: 10 of 50 → 20 %; too few last year to compare.
    await addResponses(db, 'fietsostrade-melden', { satisfied: 10, other: 40 }, '2025-06-01');
    await addResponses(db, 'gent-verborgen', { satisfied: 50, other: 0 }, '2025-06-01');
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  it('shows every published service with its figures, grouped, as plain HTML under a strict policy', async () => {
    const res = await get('/open?year=2025');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const html = res.body;
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).not.toMatch(/<script|<style|\sstyle=/);
    // Groups: level, policy domain, organisation.
    expect(html.indexOf('<h2 id="level-vlaams">Vlaamse overheid</h2>')).toBeLessThan(
      html.indexOf('<h2 id="level-provinciaal">Provincies</h2>'),
    );
    expect(html.indexOf('<h2 id="level-provinciaal">')).toBeLessThan(html.indexOf('<h2 id="level-lokaal">Lokale besturen</h2>'));
    expect(html).toContain('<h3>Welzijn</h3>');
    expect(html).toContain('<h3>Zonder beleidsdomein</h3>');
    expect(html).toContain('<h4>Stad Gent</h4>');
    // Gent's figures: 40 responses, 75,0 %, Wilson 95 % interval, +15 points.
    expect(html).toContain('<dt>Antwoorden</dt><dd>40</dd>');
    expect(html).toContain('<dt>Tevreden (score 4 of 5)</dt><dd>75,0\u00a0%</dd>');
    expect(html).toMatch(/<dt>Foutenmarge \(95 %\)<\/dt><dd>59,8–85,8\u00a0%<\/dd>/);
    expect(html).toContain('<dd>+15,0 procentpunt</dd>');
    expect(html).toContain('<dd class="sentence">niet te vergelijken (te weinig antwoorden vorig jaar)</dd>');
    // A chart and its table with caption and headers.
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img"');
    expect(html).toContain('<caption>Cijfers per maand in 2025: Afspraak maken bij Burgerzaken</caption>');
    expect(html).toContain('<th scope="row">maart 2025</th><td>30</td><td>20</td><td>0</td><td>10</td><td>66,7\u00a0%</td>');
    // The withheld service says why and shows no figures; the unpublished one is absent.
    const groeipakket = html.slice(
      html.indexOf('id="service-groeipakket-aanvragen"'),
      html.indexOf('</article>', html.indexOf('id="service-groeipakket-aanvragen"')),
    );
    expect(groeipakket).toContain('Te weinig antwoorden: minder dan 10 dit jaar.');
    expect(groeipakket).not.toContain('<dl');
    expect(html).not.toContain('Niet gepubliceerde dienst');
    // Names are text, never markup.
    expect(html).toContain('Probleem op een fietsostrade melden &lt;b&gt;nu&lt;/b&gt;');
  });

  it('answers in fr, en and de, with the words and numbers of the language', async () => {
    const fr = (await get('/open?year=2025&lang=fr')).body;
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain('Prendre rendez-vous à l&#39;état civil');
    expect(fr).toContain('75,0\u00a0%');
    const en = (await get('/open?year=2025&lang=en')).body;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<dd>+15.0 percentage points</dd>');
    const de = (await get('/open?year=2025&lang=de')).body;
    expect(de).toContain('<html lang="de">');
    expect(de).toContain('Zu wenige Antworten');
  });

  it('filters and sorts by the GET form', async () => {
    const gent = (await get('/open?year=2025&organisation=stad-gent')).body;
    expect(gent).toContain('<p class="count" role="status">1 dienst</p>');
    expect(gent).toContain('id="service-gent-afspraak-burgerzaken"');
    expect(gent).not.toContain('id="service-groeipakket-aanvragen"');
    expect(gent).toContain('<option value="stad-gent" selected>Stad Gent</option>');
    const level = (await get('/open?year=2025&level=provinciaal&domain=&q=')).body;
    expect(level).toContain('<p class="count" role="status">1 dienst</p>');
    expect(level).toContain('id="service-fietsostrade-melden"');
    const search = (await get('/open?year=2025&q=GROEIPAKKET')).body;
    expect(search).toContain('id="service-groeipakket-aanvragen"');
    expect(search).toContain('<p class="count" role="status">1 dienst</p>');
    const sorted = (await get('/open?year=2025&sort=satisfied')).body;
    const order = ['gent-afspraak-burgerzaken', 'fietsostrade-melden', 'groeipakket-aanvragen'].map((id) =>
      sorted.indexOf(`id="service-${id}"`),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect((await get('/open?year=2025&organisation=nergens')).body).toContain('Geen diensten gevonden.');
  });

  it('shows query strings that try to inject HTML as text', async () => {
    const attack = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    const res = await get(`/open?year=2025&q=${encodeURIComponent(attack)}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).not.toContain('<img');
    expect(res.body).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"');
    const domain = await get(`/open?year=2025&domain=${encodeURIComponent(attack)}`);
    expect(domain.body).not.toContain('<script>alert');
  });

  it('answers a year out of range or a wrong filter with a 400 page in the page’s language', async () => {
    for (const query of [
      'year=1999',
      'year=3000',
      'year=abc',
      'level=federaal',
      'sort=random',
      'year=2025&year=2024',
      'organisation=Not%20A%20Slug',
    ]) {
      const res = await get(`/open?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('<html lang="nl">');
      expect(res.body).toContain('<h1>Deze vraag begrijpen we niet</h1>');
    }
    const fr = await get('/open?year=1999&lang=fr');
    expect(fr.body).toContain('<html lang="fr">');
    expect(fr.body).toContain('Nous ne comprenons pas cette demande');
    const service = await get(`/open/services/${GENT}?year=1&lang=de`);
    expect(service.statusCode).toBe(400);
    expect(service.body).toContain('<html lang="de">');
  });

  it('has a page per published service, and a clean 404 page for an unknown or unpublished one', async () => {
    const res = await get(`/open/services/${GENT}?year=2025&lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Satisfaction with: Afspraak maken bij Burgerzaken</h1>');
    expect(res.body).toContain('<dt>Satisfied last year</dt><dd>60.0\u00a0%</dd>');
    expect(res.body).toContain('<caption>Figures per month in 2025: Afspraak maken bij Burgerzaken</caption>');
    for (const id of ['gent-verborgen', 'bestaat-niet', '%3Cscript%3E']) {
      const missing = await get(`/open/services/${id}?lang=fr`);
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(missing.body).toContain('<h1>Introuvable</h1>');
      expect(missing.body).not.toContain('<script>');
    }
  });

  it('offers a CSV with exactly the numbers of /v1/public/figures', async () => {
    const csv = await get('/open/figures.csv?year=2025');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="feedback-open-figures-2025.csv"');
    const rows: Record<string, string>[] = parse(csv.body, { columns: true });
    const json = (await get('/v1/public/figures?year=2025')).json();
    expect(rows.map((r) => r.serviceId)).toEqual(json.services.map((s: { service: { id: string } }) => s.service.id));
    for (const entry of json.services) {
      const row = rows.find((r) => r.serviceId === entry.service.id)!;
      expect(row.suppressed).toBe(String(entry.suppressed));
      if (entry.suppressed) {
        expect(row.responses).toBe('');
        continue;
      }
      const f = entry.figures;
      expect(
        [row.responses, row.score1, row.score5, row.mean, row.satisfied, row.satisfiedLow, row.satisfiedHigh, row.dissatisfied].map(Number),
      ).toEqual([
        f.responses,
        f.distribution['1'],
        f.distribution['5'],
        f.mean,
        f.satisfied,
        f.satisfiedInterval.low,
        f.satisfiedInterval.high,
        f.dissatisfied,
      ]);
    }
    expect(rows.find((r) => r.serviceId === GENT)).toMatchObject({
      organisationName: 'Stad Gent',
      level: 'lokaal',
      satisfied: '75',
      previousYearSatisfied: '60',
      changeInPoints: '15',
    });
    const bad = await get('/open/figures.csv?year=1999');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
  });

  it('describes the data set in DCAT-AP (JSON-LD) for the open-data portal', async () => {
    // A forged Host changes nothing: without PUBLIC_URL the links use the loopback address.
    const res = await get('/open/dcat.jsonld', { host: 'feedback.example.be' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('feedback.example.be');
    const own = `http://127.0.0.1:${t.app.config.port}`;
    expect(res.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const catalogue = res.json();
    expect(catalogue['@type']).toBe('dcat:Catalog');
    const dataset = catalogue['dcat:dataset'];
    expect(dataset['@type']).toBe('dcat:Dataset');
    expect(dataset['dcat:landingPage']['@id']).toBe(`${own}/open`);
    expect(dataset['dcat:distribution'].map((d: { 'dcat:downloadURL': { '@id': string } }) => d['dcat:downloadURL']['@id'])).toEqual([
      `${own}/open/figures.csv`,
      `${own}/v1/public/figures`,
      `${own}/open`,
    ]);
    expect(dataset['dct:title'].map((t: { '@language': string }) => t['@language'])).toEqual(['nl', 'fr', 'en', 'de']);
  });

  it('serves its stylesheet, answers 304 to a known ETag, and keeps a page for its time to live', async () => {
    const page = await get('/open?year=2025');
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(page.body)![1]!;
    const css = await get(href);
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toContain('immutable');
    const oldCss = await get('/open/open.0000.css');
    expect(oldCss.statusCode).toBe(404);
    expect(oldCss.json().error.code).toBe('not_found');
    const again = await get('/open?year=2025', { 'if-none-match': String(page.headers.etag) });
    expect(again.statusCode).toBe(304);
    // New responses do not change a cached page until it expires (here: cleared).
    await addResponses(t.database.db, 'fietsostrade-melden', { satisfied: 50, other: 0 }, '2025-06-02');
    expect((await get('/open?year=2025')).body).toBe(page.body);
    t.app.openSite.clear();
    expect((await get('/open?year=2025')).body).not.toBe(page.body);
  });

  it('pages a long list by 20, with plain links, and answers a page past the end with 400', async () => {
    await insertOrganisation(t.database.db, { id: 'gemeente-veel', name: 'Gemeente Veel', level: 'lokaal' });
    for (let i = 0; i < 20; i += 1) {
      await insertService(t.database.db, {
        id: `veel-${String(i).padStart(2, '0')}`,
        organisationId: 'gemeente-veel',
        name: { nl: `Dienst ${String(i).padStart(2, '0')}` },
        audience: 'burgers',
        channel: 'veel.be',
        publishFigures: true,
      });
    }
    t.app.openSite.clear();
    const first = (await get('/open?year=2025')).body;
    expect(first).toContain('<p class="count" role="status">23 diensten</p>');
    expect(first.match(/<article /g)).toHaveLength(20);
    expect(first).toContain('<p>Pagina 1 van 2</p>');
    expect(first).toContain('<a rel="next" href="/open?year=2025&amp;page=2">Volgende pagina</a>');
    // Grouped order across pages: Vlaamse overheid, provincies, then local governments by name.
    expect(first.indexOf('id="service-groeipakket-aanvragen"')).toBeLessThan(first.indexOf('id="service-fietsostrade-melden"'));
    const second = (await get('/open?year=2025&page=2')).body;
    expect(second.match(/<article /g)).toHaveLength(3);
    expect(second).toContain('<a rel="prev" href="/open?year=2025">Vorige pagina</a>');
    expect(second).toContain('id="service-gent-afspraak-burgerzaken"');
    expect((await get('/open?year=2025&page=3')).statusCode).toBe(400);
    expect((await get('/open?year=2025&page=0')).statusCode).toBe(400);
  });

  it('lists its routes in the OpenAPI document', async () => {
    const doc = (await get('/openapi.json')).json();
    expect(doc.paths['/open'].get.operationId).toBe('getOpenFiguresPage');
    expect(doc.paths['/open/services/{serviceId}'].get.operationId).toBe('getOpenServicePage');
    expect(doc.paths['/open/figures.csv'].get.operationId).toBe('getOpenFiguresCsv');
    expect(doc.paths['/open/dcat.jsonld'].get.operationId).toBe('getOpenDataCatalogue');
    expect(doc.paths['/open/figures.csv'].get.responses['400']).toBeDefined();
    expect(doc.paths['/open/services/{serviceId}'].get.parameters).toEqual([
      expect.objectContaining({ name: 'serviceId', in: 'path', required: true }),
    ]);
  });
});

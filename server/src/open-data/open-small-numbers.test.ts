import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_MONTH_MIN_RESPONSES } from '@feedbackinstrument/shared';
import { updateService } from '../services/services.js';
import { addResponses } from '../testing/bulk-responses.js';
import { FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

// Issue 19, item 10: a published service must not show a month of 1 response with its
// category (that one person's score). Every public form is read: the list, the service page
// (HTML with its chart), the CSV and the JSON of /v1/public/figures.

const GENT = FIXTURE_SERVICES.gent.id;

describe.each(BACKENDS)('small months on the public pages on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.database.db;
    await updateService(db, GENT, { publishFigures: true });
    // March: 30 responses. May: 1 (dissatisfied). June: 9. October: exactly 10.
    await addResponses(db, GENT, { satisfied: 20, other: 10 }, '2025-03-10');
    await addResponses(db, GENT, { satisfied: 0, other: 1 }, '2025-05-12');
    await addResponses(db, GENT, { satisfied: 5, other: 4 }, '2025-06-12');
    await addResponses(db, GENT, { satisfied: 7, other: 3 }, '2025-10-01');
  });
  afterAll(() => t.close());

  const row = (html: string, month: string) => html.match(new RegExp(`<th scope="row">${month}</th>(<td>[^<]*</td>)+`))?.[0];

  it('shows the count only of a month under 10 responses, on the list and the service page, in its table and chart', async () => {
    expect(PUBLIC_MONTH_MIN_RESPONSES).toBe(10);
    for (const url of ['/open?year=2025', `/open/services/${GENT}?year=2025`]) {
      const res = await t.app.inject(url);
      expect(res.statusCode).toBe(200);
      const html = res.body;
      expect(row(html, 'mei 2025')).toBe('<th scope="row">mei 2025</th><td>1</td><td>–</td><td>–</td><td>–</td><td>–</td>');
      expect(row(html, 'juni 2025')).toBe('<th scope="row">juni 2025</th><td>9</td><td>–</td><td>–</td><td>–</td><td>–</td>');
      // 10 responses are enough: categories and share.
      expect(row(html, 'oktober 2025')).toBe(
        '<th scope="row">oktober 2025</th><td>10</td><td>7</td><td>0</td><td>3</td><td>70,0\u00a0%</td>',
      );
      // The chart's text alternative tells the count only.
      const desc = html.match(/<desc id="chart-[^"]*-desc">([^<]*)<\/desc>/)![1]!;
      expect(desc).toContain('mei: 1 antwoorden;');
      expect(desc).toContain('jun: 9 antwoorden;');
      expect(desc).toContain('okt: 10 antwoorden, tevreden (4–5) 7, neutraal (3) 0, ontevreden (1–2) 3;');
      expect(desc).not.toMatch(/mei: 1 antwoorden, /);
      expect(html).toContain('Een maand met minder dan 10 antwoorden toont alleen het aantal.');
    }
  });

  it('gives no month at all in the CSV and the JSON, only the year totals', async () => {
    const csv = await t.app.inject('/open/figures.csv?year=2025');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).not.toMatch(/month|2025-05/i);
    const json = await t.app.inject('/v1/public/figures?year=2025');
    expect(json.statusCode).toBe(200);
    const text = json.body;
    expect(text).not.toMatch(/byMonth|2025-05/);
    expect(json.json().services.find((s: { service: { id: string } }) => s.service.id === GENT).figures.responses).toBe(50);
  });
});

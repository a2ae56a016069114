import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import createClient from 'openapi-fetch';
import type { paths } from './api.js';

// An analyst's script: a year of figures for every service of one organisation, with a
// client generated from the API's OpenAPI document (api.d.ts). Every request and answer is
// typed: a renamed field or parameter fails to compile here instead of failing at night.
//
//   FEEDBACK_URL=https://feedback.example.be FEEDBACK_TOKEN=fi_… \
//     pnpm --filter @feedbackinstrument/examples figures -- --organisation stad-gent --year 2026

type ServiceFigures = paths['/v1/services/{serviceId}/figures']['get']['responses'][200]['content']['application/json'];

export interface ServiceYear {
  serviceId: string;
  name: string;
  figures: ServiceFigures;
}

export async function yearOfFigures(options: {
  baseUrl: string;
  token: string;
  organisation: string;
  year: number;
}): Promise<ServiceYear[]> {
  const client = createClient<paths>({ baseUrl: options.baseUrl, headers: { authorization: `Bearer ${options.token}` } });

  const listed = await client.GET('/v1/services', { params: { query: { organisation: options.organisation } } });
  if (listed.error) throw new Error(`Listing services: ${listed.error.error.message}`);

  const rows: ServiceYear[] = [];
  for (const service of listed.data.services) {
    const { data, error } = await client.GET('/v1/services/{serviceId}/figures', {
      params: { path: { serviceId: service.id }, query: { year: options.year } },
    });
    if (error) throw new Error(`Figures of ${service.id}: ${error.error.message}`);
    rows.push({ serviceId: service.id, name: service.name.nl, figures: data });
  }
  return rows;
}

/** One line per service: what a yearly report starts from. Semicolons and decimal commas, as Excel in Belgium reads them. */
export function toCsv(rows: ServiceYear[]): string {
  const number = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));
  const lines = rows.map(({ serviceId, name, figures: f }) =>
    [
      serviceId,
      `"${name.replaceAll('"', '""')}"`,
      f.responses,
      number(f.mean),
      number(f.satisfied),
      f.remarks,
      f.displays,
      number(f.responseRate),
    ].join(';'),
  );
  return `${['service;name;responses;mean;satisfied %;remarks;displays;response rate %', ...lines].join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { organisation: { type: 'string' }, year: { type: 'string' }, format: { type: 'string', default: 'csv' } },
  });
  const baseUrl = process.env.FEEDBACK_URL;
  const token = process.env.FEEDBACK_TOKEN;
  if (!baseUrl || !token || !values.organisation) {
    console.error('Usage: FEEDBACK_URL=… FEEDBACK_TOKEN=… year-of-figures.ts --organisation ID [--year YYYY] [--format csv|json]');
    process.exit(2);
  }
  const year = Number(values.year ?? new Date().getFullYear());
  const rows = await yearOfFigures({ baseUrl, token, organisation: values.organisation, year });
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : toCsv(rows));
}

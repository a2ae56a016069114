import { Organisation, ProductComparison, RemarksPage, Report, Service, ServiceFigures, Topics } from '@feedbackinstrument/shared';
import { z } from 'zod';
import { query, requestJson } from './api-client.js';

// The public analyst API of the contract, and nothing else: everything the dashboard
// shows, a script with a token can fetch the same way.

export const listOrganisations = (signal?: AbortSignal) =>
  requestJson('/v1/organisations', z.object({ organisations: z.array(Organisation) }), { signal }).then((r) => r.organisations);

/** The yearly report of an organisation: every service's figures (with months and last year) and the totals. */
export const organisationReport = (year: number, organisation: string, signal?: AbortSignal) =>
  requestJson(`/v1/reports/${year}${query({ organisation })}`, Report, { signal });

export const getService = (serviceId: string, signal?: AbortSignal) =>
  requestJson(`/v1/services/${encodeURIComponent(serviceId)}`, Service, { signal });

export const serviceFigures = (serviceId: string, year: number, signal?: AbortSignal) =>
  requestJson(`/v1/services/${encodeURIComponent(serviceId)}/figures${query({ year })}`, ServiceFigures, { signal });

/** The same IPDC product at other organisations: their quartiles and where this service stands. */
export const serviceComparison = (serviceId: string, year: number, signal?: AbortSignal) =>
  requestJson(`/v1/services/${encodeURIComponent(serviceId)}/comparison${query({ year })}`, ProductComparison, { signal });

/** The recurring topics of the remarks that came with these scores (the problems: 1–3). */
export const serviceTopics = (serviceId: string, year: number, scores: readonly number[], signal?: AbortSignal) =>
  requestJson(`/v1/services/${encodeURIComponent(serviceId)}/topics${query({ year, score: scores.join(',') })}`, Topics, { signal });

export interface RemarkFilters {
  year: number;
  from?: string;
  to?: string;
  scores: readonly number[];
  q?: string;
}

export const PAGE_SIZE = 25;

export function serviceRemarks(serviceId: string, filters: RemarkFilters, cursor: string | null, signal?: AbortSignal) {
  // A period by days replaces the year (the API takes one or the other); an open end is the year's end.
  const byDays = filters.from || filters.to;
  const params = {
    ...(byDays ? { from: filters.from || `${filters.year}-01-01`, to: filters.to || `${filters.year}-12-31` } : { year: filters.year }),
    score: filters.scores.length ? filters.scores.join(',') : undefined,
    q: filters.q?.trim() || undefined,
    limit: PAGE_SIZE,
    cursor,
  };
  return requestJson(`/v1/services/${encodeURIComponent(serviceId)}/remarks${query(params)}`, RemarksPage, { signal });
}

/** Erases the text of one remark for good (a request to erase); the response and its counts stay. */
export const eraseRemark = (serviceId: string, responseId: string) =>
  requestJson(`/v1/services/${encodeURIComponent(serviceId)}/remarks/${encodeURIComponent(responseId)}`, z.null(), { method: 'DELETE' });

/** The report's download links: the same endpoint in its other formats (the cookie goes along). */
export const reportUrl = (year: number, organisation: string, format: 'csv' | 'csv-excel' | 'html') =>
  `/v1/reports/${year}${query({ organisation, format })}`;

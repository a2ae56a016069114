import {
  AuditPage,
  CreatedToken,
  Installation,
  Service,
  TokenInfo,
  type ServiceInput,
  type ServicePatch,
  type TokenInput,
} from '@feedbackinstrument/shared';
import { z } from 'zod';
import { query, requestJson } from '../kernel/api-client.js';

// The managers' part of the public API: what the self-service pages do, a script with a
// token can do the same way.

const path = (serviceId: string) => `/v1/services/${encodeURIComponent(serviceId)}`;

export const listServices = (organisation: string | null, signal?: AbortSignal) =>
  requestJson(`/v1/services${query({ organisation })}`, z.object({ services: z.array(Service) }), { signal }).then((r) => r.services);

export const createService = (input: ServiceInput) => requestJson('/v1/services', Service, { method: 'POST', body: input });

export const updateService = (serviceId: string, patch: ServicePatch) =>
  requestJson(path(serviceId), Service, { method: 'PATCH', body: patch });

export const serviceInstallation = (serviceId: string, page: number, signal?: AbortSignal) =>
  requestJson(`${path(serviceId)}/installation${query({ page: page > 1 ? page : null })}`, Installation, { signal });

/** The current widget: its version, the URL that never changes and the SRI hash of its bytes. */
export const widgetInfo = (signal?: AbortSignal) =>
  requestJson(
    '/widget.json',
    z.object({
      version: z.string(),
      url: z.string(),
      integrity: z.string(),
      chunks: z.array(z.object({ url: z.string(), integrity: z.string() })).optional(),
    }),
    { signal },
  );

export const listTokens = (signal?: AbortSignal) =>
  requestJson('/v1/tokens', z.object({ tokens: z.array(TokenInfo) }), { signal }).then((r) => r.tokens);

export const createToken = (input: TokenInput) => requestJson('/v1/tokens', CreatedToken, { method: 'POST', body: input });

export const revokeToken = (tokenId: string) => requestJson(`/v1/tokens/${encodeURIComponent(tokenId)}`, z.null(), { method: 'DELETE' });

export const auditPage = (organisation: string | null, cursor: string | null, signal?: AbortSignal) =>
  requestJson(`/v1/audit${query({ organisation, cursor, limit: 50 })}`, AuditPage, { signal });

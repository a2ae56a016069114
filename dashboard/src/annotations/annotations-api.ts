import { Annotation, AnnotationEffect, type AnnotationInput } from '@feedbackinstrument/shared';
import { z } from 'zod';
import { requestJson } from '../kernel/api-client.js';

// A service's annotations (notes) and their effect, through the same public API a script would use.

const base = (serviceId: string) => `/v1/services/${encodeURIComponent(serviceId)}/annotations`;

export const listAnnotations = (serviceId: string, signal?: AbortSignal) =>
  requestJson(base(serviceId), z.object({ annotations: z.array(Annotation) }), { signal }).then((r) => r.annotations);

export const createAnnotation = (serviceId: string, input: AnnotationInput) =>
  requestJson(base(serviceId), Annotation, { method: 'POST', body: input });

export const deleteAnnotation = (serviceId: string, id: string) =>
  requestJson(`${base(serviceId)}/${encodeURIComponent(id)}`, z.null(), { method: 'DELETE' });

export const annotationEffect = (serviceId: string, id: string, signal?: AbortSignal) =>
  requestJson(`${base(serviceId)}/${encodeURIComponent(id)}/effect`, AnnotationEffect, { signal });

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Annotation, AnnotationEffect, AnnotationInput, ErrorEnvelope, InputDay, Slug } from '@feedbackinstrument/shared';
import { annotationEffect } from '../../../annotations/annotation-effect.js';
import { requireVisibleService } from '../../../auth/own-service.js';
import { createAnnotation, deleteAnnotation } from '../../../annotations/annotation-changes.js';
import { requestActor } from '../../../changes/run-change.js';
import { notFound } from '../../../http/api-error.js';
import { findAnnotation, listAnnotations } from '../../../annotations/annotations.js';

const security = [{ bearer: [] }];
const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope };
const Params = z.object({ serviceId: Slug });
const OneParams = z.object({ serviceId: Slug, annotationId: z.uuid() });
const unknownAnnotation = () => notFound('There is no annotation with this id on this service.');

export default async function annotationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/v1/services/:serviceId/annotations', {
    onRequest: app.requireManager,
    schema: {
      operationId: 'createAnnotation',
      tags: ['annotations'],
      summary: 'Annotate a day of a service ("versie 3.2: opladen hersteld"); shown on its monthly charts and report',
      security,
      params: Params,
      body: AnnotationInput,
      response: { 201: Annotation, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createAnnotation(app.db, requestActor(request), request.params.serviceId, request.body)),
  });

  r.get('/v1/services/:serviceId/annotations', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'listAnnotations',
      tags: ['annotations'],
      summary: "A service's annotations, in day order",
      security,
      params: Params,
      querystring: z.object({ from: InputDay.optional(), to: InputDay.optional() }).strict(),
      response: { 200: z.object({ annotations: z.array(Annotation) }), ...errors },
    },
    handler: async (request) => {
      const service = await requireVisibleService(app, request, request.params.serviceId);
      const { from, to } = request.query;
      const period = from || to ? { from: from ?? '0001-01-01', to: to ?? '9999-12-31' } : undefined;
      return { annotations: await listAnnotations(app.db, service.id, period) };
    },
  });

  r.get('/v1/services/:serviceId/annotations/:annotationId/effect', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'getAnnotationEffect',
      tags: ['annotations'],
      summary: 'The satisfied share and the top topics in the 28 days before and after an annotation: did the fix work?',
      security,
      params: OneParams,
      response: { 200: AnnotationEffect, ...errors },
    },
    handler: async (request) => {
      const service = await requireVisibleService(app, request, request.params.serviceId);
      const annotation = await findAnnotation(app.db, service.id, request.params.annotationId);
      if (!annotation) throw unknownAnnotation();
      return annotationEffect(app.db, annotation, app.config.timezone);
    },
  });

  r.delete('/v1/services/:serviceId/annotations/:annotationId', {
    onRequest: app.requireManager,
    schema: {
      operationId: 'deleteAnnotation',
      tags: ['annotations'],
      summary: 'Delete an annotation',
      security,
      params: OneParams,
      response: { 204: z.undefined(), ...errors },
    },
    handler: async (request, reply) => {
      await deleteAnnotation(app.db, requestActor(request), request.params.serviceId, request.params.annotationId);
      return reply.code(204).send();
    },
  });
}

import type { Kysely } from 'kysely';
import { AnnotationInput, type Annotation } from '@feedbackinstrument/shared';
import { canAccessOrganisation } from '../kernel/principal.js';
import type { Database } from '../db/database.js';
import { notFound } from '../http/api-error.js';
import { deleteAnnotation as deleteAnnotationRow, insertAnnotation } from './annotations.js';
import { findService } from '../services/services.js';
import { checkInput, runChange, type Change, type ChangeActor } from '../changes/run-change.js';

/** The service, if the actor may manage it; another organisation's is answered as an unknown one. */
async function visibleService({ trx, actor }: Change, serviceId: string) {
  const service = await findService(trx, serviceId);
  if (!service || !canAccessOrganisation(actor.principal, service.organisationId)) throw notFound(`There is no service "${serviceId}".`);
  return service;
}

/** Annotates a day of a service. */
export function createAnnotation(db: Kysely<Database>, actor: ChangeActor, serviceId: string, input: unknown): Promise<Annotation> {
  const data = checkInput(AnnotationInput, input);
  return runChange(db, actor, async (change) => {
    const service = await visibleService(change, serviceId);
    const annotation = await insertAnnotation(change.trx, service.id, data.day, data.text);
    await change.audit({
      action: 'annotation.create',
      organisationId: service.organisationId,
      target: { type: 'annotation', id: annotation.id },
      after: { serviceId: service.id, day: annotation.day, text: annotation.text },
    });
    return annotation;
  });
}

/** Deletes an annotation of a service; 404 when the service has none with this id. */
export function deleteAnnotation(db: Kysely<Database>, actor: ChangeActor, serviceId: string, annotationId: string): Promise<Annotation> {
  return runChange(db, actor, async (change) => {
    const service = await visibleService(change, serviceId);
    const annotation = await deleteAnnotationRow(change.trx, service.id, annotationId);
    if (!annotation) throw notFound('There is no annotation with this id on this service.');
    await change.audit({
      action: 'annotation.delete',
      organisationId: service.organisationId,
      target: { type: 'annotation', id: annotation.id },
      before: { serviceId: service.id, day: annotation.day, text: annotation.text },
    });
    return annotation;
  });
}

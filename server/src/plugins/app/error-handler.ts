import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode } from '@feedbackinstrument/shared/constants';
import { ApiError, envelope, type ErrorDetail } from '../../http/api-error.js';
import { isDatabaseUnavailable } from '../../db/unavailable.js';
import { errorPage, sendResultPage } from '../../http/form-result-page.js';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'service_unavailable',
};

function zodDetails(error: FastifyError): ErrorDetail[] {
  return (error.validation ?? []).flatMap((issue) => {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const params = issue.params as { keys?: string[] } | undefined;
    // An unknown field is reported on the field itself, not on its parent object.
    if (issue.keyword === 'unrecognized_keys' && params?.keys?.length) {
      return params.keys.map((key) => ({ path: path ? `${path}.${key}` : key, message: 'unknown field; remove it' }));
    }
    const message = issue.message ?? 'invalid value';
    if (issue.keyword === 'invalid_type' && message.endsWith('received undefined')) return [{ path, message: 'required' }];
    return [{ path: path || '(body)', message }];
  });
}

const INTERNAL = 'Something went wrong on our side. Please try again later.';

/** Maps any error to the status and envelope the client gets. */
function toApiError(error: FastifyError, request: FastifyRequest): ApiError {
  if (error instanceof ApiError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext === 'querystring' ? 'query string' : (error.validationContext ?? 'request');
    return new ApiError(400, 'validation_failed', `The ${where} is not valid; see details for each field.`, zodDetails(error));
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error }, 'response did not match its schema');
    return new ApiError(500, 'internal_error', INTERNAL);
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    return new ApiError(503, 'service_unavailable', 'The service is temporarily unavailable. Please try again in a few seconds.');
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return new ApiError(status, STATUS_CODES[status] ?? 'validation_failed', clientMessage(error, status));
  }
  request.log.error({ err: error }, 'unhandled error');
  return new ApiError(500, 'internal_error', INTERNAL);
}

/** Turns every error into the contract's envelope (or, for the no-JS form, a page); never leaks internals. */
export default fp(async function errorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const apiError = toApiError(error, request);
    reply.code(apiError.statusCode);
    if (apiError.statusCode === 503) reply.header('retry-after', '5');
    const meta = request.submissionMeta;
    if (meta?.html) return sendResultPage(reply, errorPage(meta.lang, apiError.code));
    return reply.send(envelope(apiError.code, apiError.message, apiError.details));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(envelope('not_found', `There is no ${request.method} ${request.url.split('?')[0]}. See /docs for the API.`));
  });
});

function clientMessage(error: FastifyError, status: number): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the body as application/json or application/x-www-form-urlencoded.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The body is empty; send a JSON object.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'The body is not valid JSON.';
    default:
      if (error instanceof SyntaxError) return 'The body is not valid JSON.';
      return status === 413 ? 'The request body is too large.' : error.message;
  }
}

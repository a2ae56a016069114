import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, type Language } from '@feedbackinstrument/shared/constants';
import { FORM_TYPE, mediaType, prefersHtml } from '../http/content-type.js';
import { pickLanguage } from '../http/form-result-page.js';

/** What a submission says beyond the feedback itself: how it came, and spam signals. */
export interface SubmissionMeta {
  viaForm: boolean;
  /** Answer with HTML pages instead of JSON (a browser posting the no-JS form). */
  html: boolean;
  lang: Language;
  honeypotFilled: boolean;
  formToken: string | null;
  returnTo: string | null;
  /** This request's hit of the submission rate limit was counted (routes/v1/feedback). */
  rateCounted: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    submissionMeta: SubmissionMeta | null;
  }
}

function acceptLanguage(header: string | undefined): Language {
  return pickLanguage(header?.split(',')[0]?.trim().slice(0, 2).toLowerCase());
}

// Hooks are async: Fastify waits for `done` from a synchronous hook, which would hang.
/** onRequest: how to answer this request, known before its body is read (for 413/415). */
export async function startMeta(request: FastifyRequest): Promise<void> {
  const viaForm = mediaType(request.headers['content-type']) === FORM_TYPE;
  request.submissionMeta = {
    viaForm,
    html: viaForm && prefersHtml(request.headers.accept),
    lang: acceptLanguage(request.headers['accept-language']),
    honeypotFilled: false,
    formToken: null,
    returnTo: null,
    rateCounted: false,
  };
}

const NUMERIC_FIELDS = ['score', 'ease'];

/**
 * preValidation: takes the spam signals and the form's return address out of the body,
 * and turns an HTML form's strings into the types of the JSON submission.
 */
export async function extractMeta(request: FastifyRequest): Promise<void> {
  const meta = request.submissionMeta!;
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
  const fields = body as Record<string, unknown>;

  const honeypot = fields[HONEYPOT_FIELD];
  meta.honeypotFilled = typeof honeypot === 'string' ? honeypot.trim() !== '' : honeypot !== undefined && honeypot !== null;
  meta.formToken = typeof fields[FORM_TOKEN_FIELD] === 'string' ? (fields[FORM_TOKEN_FIELD] as string) : null;
  delete fields[HONEYPOT_FIELD];
  delete fields[FORM_TOKEN_FIELD];
  if (typeof fields.lang === 'string') meta.lang = pickLanguage(fields.lang);

  if (!meta.viaForm) return;
  meta.returnTo = typeof fields.returnTo === 'string' && fields.returnTo !== '' ? fields.returnTo : null;
  delete fields.returnTo;
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) fields[key] = value[value.length - 1];
    if (fields[key] === '') delete fields[key];
  }
  for (const key of NUMERIC_FIELDS) {
    const value = fields[key];
    if (typeof value === 'string' && /^\d{1,2}$/.test(value)) fields[key] = Number(value);
  }
  // A static HTML form cannot make an id; each post of it is then its own response.
  if (fields.submissionId === undefined) fields.submissionId = randomUUID();
}

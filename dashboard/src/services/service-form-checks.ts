import { originProblem } from '@feedbackinstrument/shared';
import type { Messages } from '../i18n/index.js';
import type { Draft } from './service-draft.js';
import { checkLinks } from '../organisations/link-fields.js';

// The service form's own checks, made before asking the API (which checks all of them again).

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What is wrong with an allowed origin, by the same rule as the API's (shared/src/origin.ts); null if nothing. */
export function originMessage(m: Messages, value: string): string | null {
  if (value.trim() === '') return m.manage.originEmpty;
  const problem = originProblem(value.trim());
  return problem ? m.manage.originProblems[problem] : null;
}

/** The checks the browser can make before asking the API, as messages by API path. */
export function checkDraft(m: Messages, d: Draft, isNew: boolean): Record<string, string> {
  const mm = m.manage;
  const errors: Record<string, string> = {};
  if (isNew && !SLUG.test(d.id)) errors.id = mm.idProblem;
  if (isNew && !d.organisationId) errors.organisationId = mm.required;
  if (!d.name.nl.trim()) errors['name.nl'] = mm.required;
  if (!d.channel.trim()) errors.channel = mm.required;
  d.origins.forEach((origin, i) => {
    const message = originMessage(m, origin);
    if (message) errors[`allowedOrigins.${i}`] = message;
  });
  return { ...errors, ...checkLinks(m, d.links) };
}

/** The errors once origin row `index` is removed: its own go, those of the rows below move up with them. */
export function errorsWithoutOrigin(errors: Record<string, string>, index: number): Record<string, string> {
  const moved: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const row = /^allowedOrigins\.(\d+)$/.exec(path);
    if (!row) moved[path] = message;
    else if (Number(row[1]) < index) moved[path] = message;
    else if (Number(row[1]) > index) moved[`allowedOrigins.${Number(row[1]) - 1}`] = message;
  }
  return moved;
}

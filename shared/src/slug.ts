import { z } from 'zod';

/** Stable identifiers of organisations and services: lower-case words joined by dashes. */
export const Slug = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single dashes (e.g. "groeipakket-aanvragen")');

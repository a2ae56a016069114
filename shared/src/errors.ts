import { z } from 'zod';
import { ERROR_CODES } from './constants.js';

export const ErrorDetail = z.object({
  path: z.string().meta({ description: 'Where the problem is, e.g. "score" or "remark".' }),
  message: z.string(),
});

/** The one error shape every endpoint answers with. */
export const ErrorEnvelope = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.array(ErrorDetail),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

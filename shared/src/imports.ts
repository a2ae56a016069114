import { z } from 'zod';
import { OrganisationInput } from './organisations.js';
import { ServiceInput } from './services.js';

/** The file the CLI imports: organisations with their services. */
export const ImportFile = z
  .object({
    organisations: z.array(OrganisationInput).default([]),
    services: z.array(ServiceInput).default([]),
  })
  .strict();
export type ImportFile = z.infer<typeof ImportFile>;

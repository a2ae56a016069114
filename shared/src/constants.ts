// Domain enums and limits of the contract. Free of zod on purpose: the widget imports
// this module and must stay within its 12 KB budget.

export const LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

export const CONTEXTS = ['transaction', 'support', 'continuous'] as const;
export type FeedbackContext = (typeof CONTEXTS)[number];

export const COMPLETED_VALUES = ['yes', 'partly', 'no'] as const;
export type Completed = (typeof COMPLETED_VALUES)[number];

export const FOLLOW_UPS = ['ease', 'completed'] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];

export const AUDIENCES = ['burgers', 'ondernemingen', 'verenigingen', 'lokale-besturen'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const LEVELS = ['vlaams', 'provinciaal', 'lokaal'] as const;
export type Level = (typeof LEVELS)[number];

/** Who may do what: an admin everything; a manager changes its own organisation; an analyst reads it. */
export const ROLES = ['admin', 'manager', 'analyst'] as const;
export type Role = (typeof ROLES)[number];
/** The roles an organisation's token or person can have. */
export const ORGANISATION_ROLES = ['manager', 'analyst'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

export const REMARK_MAX_LENGTH = 2000;
export const STEP_MAX_LENGTH = 100;
export const CHANNEL_MAX_LENGTH = 100;
export const PAGE_MAX_LENGTH = 500;

/** Name of the hidden honeypot field of the no-JavaScript form. */
export const HONEYPOT_FIELD = 'website';
/** Name of the signed "form rendered at" field used for the minimum-time spam check. */
export const FORM_TOKEN_FIELD = 'formToken';

/** Error codes of the contract's error envelope. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthorized',
  'forbidden',
  'origin_not_allowed',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'service_unavailable',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

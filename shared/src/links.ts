// The citizen's rights next to the widget: where to complain (an anonymous remark is no
// complaint), the privacy notice, and where to report an accessibility problem. Set per
// organisation (the default of its services) and per service (which wins, link by link).
import { z } from 'zod';
import { LANGUAGES, type Language } from './constants.js';

export const LINK_FIELDS = ['complaintsUrl', 'privacyUrl', 'accessibilityUrl'] as const;
export type LinkField = (typeof LINK_FIELDS)[number];

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point of this check.
const CONTROL_OR_SPACE = /[\u0000-\u001f\u007f\s]/;

const HttpsUrl = z
  .url({ protocol: /^https$/, error: 'an https:// address' })
  .max(2000)
  // A NUL byte or a lone surrogate would be refused by the database's jsonb: a 400 here, never a 500.
  .refine(
    (url) => !CONTROL_OR_SPACE.test(url) && !/[\ud800-\udfff]/.test(url),
    'an https:// address without spaces, control characters or surrogates (percent-encode them)',
  )
  .meta({ description: 'An https:// address.' });

/**
 * One link: an https address for every language, or one per language (`{ "nl": …, "fr": … }`,
 * at least one; a language without its own address gets the Dutch one, else the first given).
 */
export const Link = z
  .union([
    HttpsUrl,
    z
      .object({ nl: HttpsUrl.optional(), fr: HttpsUrl.optional(), en: HttpsUrl.optional(), de: HttpsUrl.optional() })
      .strict()
      .refine((value) => Object.keys(value).length > 0, 'give at least one language, e.g. { "nl": "https://…" }'),
  ])
  .meta({
    id: 'Link',
    description:
      'An https:// address, or one per language: { "nl": "https://…", "fr": "https://…" } (a language without one gets the Dutch address, else the first given).',
  });
export type Link = z.infer<typeof Link>;

/** The three links as editable fields: a link, or null for none (a service then takes its organisation's). */
export const linkFields = {
  complaintsUrl: Link.nullable().meta({
    description:
      "The complaints procedure (a remark is anonymous and no complaint). A service's own wins over its organisation's; null: none.",
  }),
  privacyUrl: Link.nullable().meta({ description: 'The privacy notice, linked next to the remark field.' }),
  accessibilityUrl: Link.nullable().meta({
    description: '"Report an accessibility problem": the feedback mechanism of the accessibility statement.',
  }),
};

export type Links = Record<LinkField, Link | null>;

/** One link in one language: the language's own address, else Dutch, else the first given. */
export function linkFor(link: Link | null | undefined, lang: Language): string | null {
  if (!link) return null;
  if (typeof link === 'string') return link;
  return link[lang] ?? link.nl ?? LANGUAGES.map((l) => link[l]).find(Boolean) ?? null;
}

/** A service's links in one language: its own where set, else its organisation's. */
export function resolveLinks(
  service: Partial<Links>,
  organisation: Partial<Links> | null,
  lang: Language,
): Record<LinkField, string | null> {
  return Object.fromEntries(LINK_FIELDS.map((field) => [field, linkFor(service[field] ?? organisation?.[field], lang)])) as Record<
    LinkField,
    string | null
  >;
}

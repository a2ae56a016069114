import { AUDIENCES, type Service, type ServicePatch } from '@feedbackinstrument/shared';
import { emptyLinks, linksBody, linksDraftOf, type LinkDraft } from '../organisations/link-fields.js';

// The service form's draft: what the user is typing, and what of it goes to the API.

export const NAME_LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;

export interface Draft {
  id: string;
  organisationId: string;
  name: Record<(typeof NAME_LANGUAGES)[number], string>;
  audience: string;
  channel: string;
  origins: string[];
  followUps: string[];
  publishFigures: boolean;
  active: boolean;
  /** The citizen's links; empty: the organisation's default. */
  links: LinkDraft;
}

export const emptyDraft = (organisationId: string): Draft => ({
  id: '',
  organisationId,
  name: { nl: '', fr: '', en: '', de: '' },
  audience: AUDIENCES[0],
  channel: '',
  origins: [],
  followUps: [],
  publishFigures: false,
  active: true,
  links: emptyLinks(),
});

export const draftOf = (s: Service): Draft => ({
  id: s.id,
  organisationId: s.organisationId,
  name: { nl: s.name.nl, fr: s.name.fr ?? '', en: s.name.en ?? '', de: s.name.de ?? '' },
  audience: s.audience,
  channel: s.channel,
  origins: [...s.allowedOrigins],
  followUps: [...s.followUps],
  publishFigures: s.publishFigures,
  active: s.active,
  links: linksDraftOf(s),
});

/** The draft as the API takes it: trimmed, optional names left out; active only for an existing service. */
export function draftBody(d: Draft, existing: boolean): ServicePatch {
  const name: ServicePatch['name'] = { nl: d.name.nl.trim() };
  for (const lang of ['fr', 'en', 'de'] as const) if (d.name[lang].trim()) name[lang] = d.name[lang].trim();
  return {
    name,
    audience: d.audience as Service['audience'],
    channel: d.channel.trim(),
    allowedOrigins: d.origins.map((o) => o.trim()),
    followUps: d.followUps as Service['followUps'],
    publishFigures: d.publishFigures,
    ...linksBody(d.links),
    ...(existing && { active: d.active }),
  };
}

import type { Language } from '@feedbackinstrument/shared/constants';
import type { FlowMessages } from '../i18n/messages.js';
import type { Flow, FlowHost, WidgetLinks } from './flow-host.js';
import { kit } from './kit.js';

// Each a hashed chunk of its own, fetched only after a press: the form, one language's texts.
const languages: Record<Language, () => Promise<Record<Language, FlowMessages>>> = {
  nl: () => import('../i18n/nl.js') as never,
  fr: () => import('../i18n/fr.js') as never,
  en: () => import('../i18n/en.js') as never,
  de: () => import('../i18n/de.js') as never,
};

/**
 * The service's links from the server (cacheable for a few minutes), so a change reaches every
 * page without editing it. Any failure just means no links: the score is in either way.
 */
const links = (host: FlowHost, service: string): Promise<WidgetLinks | null> =>
  fetch(`${host.api}/v1/widget-config/${encodeURIComponent(service)}?lang=${host.language}`, { credentials: 'omit' })
    .then((response) => (response.ok ? response.json() : null))
    .then((config: { links?: WidgetLinks } | null) => config?.links ?? null)
    .catch(() => null);

/** The remark form and what follows, in the host's language, with the service's links; rejects when it cannot load. */
export async function loadFlow(host: FlowHost & HTMLElement, service: string, flow?: Flow): Promise<Flow> {
  const language = host.language;
  const [module, texts, found] = await Promise.all([import('../flow/remark-flow.js'), languages[language](), links(host, service)]);
  return module.remarkFlow(kit, host, { ...host.first, ...texts[language] }, found, language, flow);
}

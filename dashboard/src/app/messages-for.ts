import { alertsEn } from '../alerts/alerts-en.js';
import { alertsNl } from '../alerts/alerts-nl.js';
import { annotationsEn } from '../annotations/annotations-en.js';
import { annotationsNl } from '../annotations/annotations-nl.js';
import { en } from '../i18n/en.js';
import type { Messages, UiLanguage } from '../i18n/index.js';
import { nl } from '../i18n/nl.js';
import { manageEn } from '../services/manage-en.js';
import { manageNl } from '../services/manage-nl.js';

// Every text of the dashboard per language: the page-wide ones from i18n/ and each feature's
// own, put together here above the features so that i18n/ imports none of them.
const catalogues: Record<UiLanguage, Messages> = {
  nl: { ...nl, manage: manageNl, alerts: alertsNl, annotations: annotationsNl },
  en: { ...en, manage: manageEn, alerts: alertsEn, annotations: annotationsEn },
};

export const messagesFor = (lang: UiLanguage): Messages => catalogues[lang];

import type { Language } from '@feedbackinstrument/shared/constants';
import { de } from './i18n/de.js';
import { en } from './i18n/en.js';
import { fr } from './i18n/fr.js';
import type { OpenMessages } from './i18n/messages.js';
import { nl } from './i18n/nl.js';

// The words of the public /open pages, in plain language (B1), per language (one file each in i18n/).

export type { OpenMessages };

export const OPEN_MESSAGES: Record<Language, OpenMessages> = { nl, fr, en, de };

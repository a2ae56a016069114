import type { UiLanguage } from './messages.js';

export type { Messages, UiLanguage } from './messages.js';

const KEY = 'feedbackinstrument:dashboard:lang';

/** The interface language: the reader's earlier choice (not a secret, so localStorage is fine), else Dutch. */
export function initialLanguage(): UiLanguage {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // Storage disabled: Dutch.
  }
  return 'nl';
}

export function rememberLanguage(lang: UiLanguage): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Not remembered; the switch still works for this visit.
  }
}

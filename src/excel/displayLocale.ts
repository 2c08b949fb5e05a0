import { resolveLocale, type Locale } from '../engine';

/** Office's display language, when Office.js has loaded (undefined in tests and outside Office). */
export function officeDisplayLanguage(): string | undefined {
  return typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
}

export function displayLocale(displayLanguage: () => string | undefined): Locale {
  return resolveLocale(displayLanguage());
}

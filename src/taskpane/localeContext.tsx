/*
 * The pane's language, shared with every component; strings and number formats follow it.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Locale, LocalizedText } from '../engine';
import { STRINGS, type Strings } from './i18n';

const LocaleContext = createContext<Locale>('en-US');

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }): JSX.Element {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useStrings(): Strings {
  return STRINGS[useContext(LocaleContext)];
}

/** Picks the pane's language out of an engine message. */
export function useLocalized(): (message: LocalizedText) => string {
  const locale = useContext(LocaleContext);
  return (message) => message[locale];
}

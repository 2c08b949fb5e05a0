/** The two languages TierBook speaks; everything user-facing carries both. */
export type Locale = 'zh-CN' | 'en-US';

/** A piece of user-facing text in every supported language. */
export type LocalizedText = Readonly<Record<Locale, string>>;

export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

/** Office reports display languages such as "zh-CN", "zh-TW" or "en-GB"; anything Chinese reads zh-CN. */
export function resolveLocale(displayLanguage: string | undefined | null): Locale {
  return displayLanguage && /^zh/i.test(displayLanguage) ? 'zh-CN' : 'en-US';
}

export function text(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, 'en-US': en };
}

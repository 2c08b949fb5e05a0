import { resolveLocale, type Locale } from '../src/engine';
import type { PaneTheme } from '../src/taskpane/App';

export interface PreviewSettings {
  /** What the fake Office reports as its display language (?lang=en-US); zh-CN by default, TierBook's users' language. */
  readonly displayLanguage: string;
  readonly locale: Locale;
  /** ?theme=dark renders the pane as in a dark Office theme. */
  readonly theme: PaneTheme;
}

/** The preview's query string → what the simulated Office host reports. */
export function previewSettings(search: string): PreviewSettings {
  const query = new URLSearchParams(search);
  const displayLanguage = query.get('lang') ?? 'zh-CN';
  return { displayLanguage, locale: resolveLocale(displayLanguage), theme: query.get('theme') === 'dark' ? 'dark' : 'light' };
}

import { resolveLocale, type Locale } from '../src/engine';
import type { PaneTheme } from '../src/taskpane/App';

export interface PreviewSettings {
  /** What the fake Office reports as its display language (?lang=en-US); zh-CN by default, TierBook's users' language. */
  readonly displayLanguage: string;
  readonly locale: Locale;
  /** ?theme=dark renders the pane as in a dark Office theme. */
  readonly theme: PaneTheme;
  /** ?width=320: the task pane's width in CSS pixels (Excel's pane is 320–360 px wide); 360 by default. */
  readonly paneWidth: number;
  /** ?clients=50000: a synthetic client sheet of that many rows instead of the sample (the responsiveness bench). */
  readonly syntheticClients?: number;
}

/** At most Excel's sheet height below the header. */
function clientCount(raw: string | null): number | undefined {
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n > 0 && n < 1_048_576 ? n : undefined;
}

/** Excel's task pane opens about this wide. */
export const DEFAULT_PANE_WIDTH = 360;

/** The preview's query string → what the simulated Office host reports. */
export function previewSettings(search: string): PreviewSettings {
  const query = new URLSearchParams(search);
  const displayLanguage = query.get('lang') ?? 'zh-CN';
  const width = Number(query.get('width'));
  const paneWidth = Number.isInteger(width) && width >= 200 && width <= 2000 ? width : DEFAULT_PANE_WIDTH;
  return {
    displayLanguage, locale: resolveLocale(displayLanguage), theme: query.get('theme') === 'dark' ? 'dark' : 'light', paneWidth,
    syntheticClients: clientCount(query.get('clients')),
  };
}

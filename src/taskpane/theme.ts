import type { PaneTheme } from './App';

/** Office reports its theme as colours; a dark body background means a dark theme. */
export function themeOfBackground(color: string | undefined): PaneTheme {
  const hex = /^#?([0-9a-f]{6})$/iu.exec(color?.trim() ?? '')?.[1];
  if (!hex) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  // Relative luminance, roughly: below the middle reads as dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}

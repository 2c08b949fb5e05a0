/*
 * Lists of whole messages in the language's own punctuation (issue 10 item 8): 「；」 and 「：」 in Chinese, "; " and
 * ": " in English, so a zh-CN error never carries English separators.
 */
import type { Locale } from './locale';

/** Between two whole messages. */
export function messageSeparator(locale: Locale): string {
  return locale === 'zh-CN' ? '；' : '; ';
}

/** Whole messages joined in the language's punctuation. */
export function joinMessages(messages: readonly string[], locale: Locale): string {
  return messages.join(messageSeparator(locale));
}

/** A message located at a place (a cell, a field): 「B5：…」 in Chinese, "B5: …" in English. */
export function locatedMessage(where: string, message: string, locale: Locale): string {
  return locale === 'zh-CN' ? `${where}：${message}` : `${where}: ${message}`;
}

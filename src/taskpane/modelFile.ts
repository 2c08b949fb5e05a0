/*
 * Model JSON in and out of the pane, without the network: import reads a local file, export hands the browser a
 * Blob URL to download.
 */
import { findModelProblems, text, TierBookError, type Locale, type TierModel } from '../engine';
import { inBothLocales, STRINGS } from './i18n';
import { problemInWords, problemLine } from './pipeline/problemWords';

/** The model in a JSON file's text, validated; every failure is a TierBookError with both languages. */
export function parseModelJson(json: string, fileName: string): TierModel {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new TierBookError('INVALID_MODEL', inBothLocales((s) => s.notJson(fileName)));
  }
  const problems = findModelProblems(parsed);
  if (problems.length > 0) {
    // In words (「资产规模 · 权重：…」), never the JSON paths the validator locates them by; the paths stay in details.
    const inWords = (locale: Locale): string => {
      const s = STRINGS[locale];
      return s.importInvalid(fileName, problems.map((p) => problemLine(problemInWords(p, parsed, s, locale), s)).join(s.messageSeparator));
    };
    throw new TierBookError('INVALID_MODEL', text(inWords('zh-CN'), inWords('en-US')), undefined, problems.map((p) => `${p.path}: ${p.message['en-US']}`));
  }
  return parsed as TierModel;
}

/** FileReader rather than Blob.text(): older Office webviews lack the latter. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/** "TierBook default" → "TierBook default.json"; characters file systems refuse become "_". */
export function modelFileName(model: TierModel): string {
  const base = (model.name ?? 'tierbook-model').replace(/[\\/:*?"<>|]+/gu, '_').trim() || 'tierbook-model';
  return `${base}.json`;
}

export function modelJson(model: TierModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** Starts a download of the model as JSON through a temporary Blob URL. */
export function downloadModelJson(model: TierModel, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([modelJson(model)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = modelFileName(model);
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

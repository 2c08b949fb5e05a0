import { BASE_COUNTS, baseClientTiers, baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * A read-only workbook. Excel raises AccessDenied on the first write; the gateway says what to do (save a copy).
 * For the CLI the input file is read-only (0444): it only reads it, and writes the output beside it.
 */
export const corpusCase: CorpusCase = {
  id: 'read-only-workbook',
  title: 'a read-only workbook',
  grid: baseGrid(),
  xlsx: { fileMode: 0o444 },
  fake: { options: { readOnly: true } },
  expect: { kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers() },
  addin: {
    kind: 'error', code: 'WORKBOOK_READ_ONLY',
    messageIncludes: {
      'zh-CN': ['工作簿为只读', '另存为'],
      'en-US': ['the workbook is read-only', 'save a copy'],
    },
  },
};

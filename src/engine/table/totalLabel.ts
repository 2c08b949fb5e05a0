import type { CellValue } from '../cell/cellValue';

/**
 * Labels of a totals, subtotals or averages row as exports write them, compared without any whitespace so that
 * "合 计" and "Grand Total" are caught too. Longest first, so "总合计" is not read as "总" + "合计".
 */
const TOTAL_WORDS = [
  '总合计', '总汇总', '合计', '总计', '小计', '累计', '共计', '汇总', '平均值', '平均数', '平均',
  'grandtotal', 'subtotal', 'sub-total', 'totals', 'total', 'sum', 'average', 'avg',
];

/** What may follow the word: nothing, or a colon or bracket and any text ("合计：", "小计(上海)"). */
const AFTER_WORD = /^(?:[:：(（[【].*)?$/u;

/**
 * The totals word a cell holds, or undefined. `strict` allows only the word with an optional colon or bracket
 * after it (for the name column, where "Sum Li" is a person); otherwise "Total 2024" counts as well.
 */
export function totalLabelOf(value: CellValue, strict = false): string | undefined {
  if (typeof value !== 'string') return undefined;
  const spaced = value.normalize('NFKC').trim().toLowerCase();
  const compact = spaced.replace(/\s+/gu, '');
  for (const word of TOTAL_WORDS) {
    if (compact.startsWith(word) && AFTER_WORD.test(compact.slice(word.length))) return value.trim();
    if (!strict && spaced.startsWith(word) && /^\s/u.test(spaced.slice(word.length))) return value.trim();
  }
  return undefined;
}

/** Whether a cell is a totals label rather than a client id. */
export function isTotalLabel(value: CellValue): boolean {
  return totalLabelOf(value) !== undefined;
}

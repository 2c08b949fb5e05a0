import type { CellValue } from '../cell/cellValue';
import type { LocalizedText } from '../i18n/locale';
import { text } from '../i18n/locale';

/** A client's risk tolerance C1..C5, or the regulator's lowest category (最低类别), which may buy R1 only. */
export type ClientRiskLevel = 1 | 2 | 3 | 4 | 5 | 'lowest';

/** A product's risk rating R1..R5. */
export type ProductRiskLevel = 1 | 2 | 3 | 4 | 5;

export const PRODUCT_RISK_LEVELS: readonly ProductRiskLevel[] = [1, 2, 3, 4, 5];

/** C1–C5 in order, for rule tables. */
export const CLIENT_RISK_CODES: readonly (1 | 2 | 3 | 4 | 5)[] = [1, 2, 3, 4, 5];

const CLIENT_LEVEL_BY_LABEL: ReadonlyMap<string, ClientRiskLevel> = new Map<string, ClientRiskLevel>([
  ['C1', 1], ['C2', 2], ['C3', 3], ['C4', 4], ['C5', 5],
  ['保守型', 1], ['谨慎型', 2], ['稳健型', 3], ['积极型', 4], ['激进型', 5],
  ['最低类别', 'lowest'],
]);

const PRODUCT_LEVEL_BY_LABEL: ReadonlyMap<string, ProductRiskLevel> = new Map<string, ProductRiskLevel>([
  ['R1', 1], ['R2', 2], ['R3', 3], ['R4', 4], ['R5', 5],
  ['低风险', 1], ['中低风险', 2], ['中风险', 3], ['中高风险', 4], ['高风险', 5],
]);

/** Cell text as typed; numbers are kept as text so that an error message can show them. */
function rawText(raw: unknown): string {
  return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
}

/** NFKC folds full-width "Ｃ３" to "C3"; trim and upper-case accept " c3 " (Chinese labels are unaffected). */
export function normaliseRiskLabel(raw: unknown): string {
  return rawText(raw).normalize('NFKC').trim().toUpperCase();
}

/** C1–C5, 保守型…激进型 or 最低类别; anything else is undefined. */
export function parseClientRiskLevel(raw: unknown): ClientRiskLevel | undefined {
  return CLIENT_LEVEL_BY_LABEL.get(normaliseRiskLabel(raw));
}

/** R1–R5 or 低风险…高风险; anything else is undefined. */
export function parseProductRiskLevel(raw: unknown): ProductRiskLevel | undefined {
  return PRODUCT_LEVEL_BY_LABEL.get(normaliseRiskLabel(raw));
}

/** "C3", or 最低类别 / "Lowest category". */
export function clientRiskLevelText(level: ClientRiskLevel): LocalizedText {
  return level === 'lowest' ? text('最低类别', 'Lowest category') : text(`C${level}`, `C${level}`);
}

/** "R4". */
export function productRiskLevelText(level: ProductRiskLevel): string {
  return `R${level}`;
}

/** "R1–R3", or "R1" when the range is one level. */
export function productRangeText(highest: ProductRiskLevel): string {
  return highest === 1 ? 'R1' : `R1–R${highest}`;
}

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√', '✓', '最低类别']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '×']);

/**
 * A yes/no flag cell (最低类别, 专业投资者专属): 是/Y/yes/TRUE/1 → true, 否/N/no/FALSE/0 → false, blank → undefined,
 * anything else → 'invalid'. A cell that says 最低类别 itself also counts as yes.
 */
export function parseYesNoFlag(cell: CellValue): boolean | undefined | 'invalid' {
  if (cell === null) return undefined;
  if (typeof cell === 'boolean') return cell;
  const label = normaliseRiskLabel(cell);
  if (label === '') return undefined;
  if (YES.has(label)) return true;
  if (NO.has(label)) return false;
  return 'invalid';
}

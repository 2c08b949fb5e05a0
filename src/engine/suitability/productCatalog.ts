import { isBlankCell, type CellValue } from '../cell/cellValue';
import { cellText, normalizeHeader } from '../cell/normalizeText';
import { parseNumericCell } from '../cell/parseNumericCell';
import { TierBookError } from '../errors';
import { text, type LocalizedText } from '../i18n/locale';
import { cellAddress, quoteSheetName } from '../cell/a1';
import type { SuitabilityProduct } from './assessSuitability';
import { parseProductRiskLevel, parseYesNoFlag, type ProductRiskLevel } from './riskLevels';

/** The sheet name samples/products.xlsx uses. */
export const PRODUCT_CATALOG_SHEET = '产品目录';

/** Rows above the header a catalog may have (titles, notes). */
const CATALOG_HEADER_SEARCH_ROWS = 30;

type CatalogField = 'code' | 'name' | 'type' | 'riskLevel' | 'minimumInvestment' | 'professionalOnly';

/** Headers a catalog column may carry, most specific first; matched after NFKC, whitespace removal, case-fold. */
export const PRODUCT_CATALOG_HEADERS: Readonly<Record<CatalogField, readonly string[]>> = {
  code: ['产品代码', '代码', 'product_code', 'code'],
  name: ['产品名称', '名称', 'product_name', 'name'],
  type: ['产品类型', '类型', 'product_type', 'type'],
  riskLevel: ['风险等级', '产品风险等级', '产品风险评级', '风险评级', 'risk_level', 'risk_rating'],
  minimumInvestment: ['最低投资额', '起购金额', '最低认购金额', 'min_investment', 'minimum_investment'],
  professionalOnly: ['专业投资者专属', '仅限专业投资者', '专业投资者', 'professional_only'],
};

export interface CatalogProduct extends SuitabilityProduct {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly riskLevel: ProductRiskLevel;
  /** RMB; undefined when blank. */
  readonly minimumInvestment?: number;
  readonly professionalOnly: boolean;
  /** 1-based worksheet row. */
  readonly row: number;
}

/** A catalog cell TierBook could not take at face value, with its A1 address. */
export interface CatalogIssue {
  readonly address: string;
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly message: LocalizedText;
}

export interface ProductCatalog {
  /** 1-based worksheet row of the header. */
  readonly headerRow: number;
  readonly products: readonly CatalogProduct[];
  readonly issues: readonly CatalogIssue[];
}

function withoutUnit(normalized: string): string {
  return normalized.replace(/[([][^()[\]]*[)\]]$/u, '');
}

function findColumns(row: readonly CellValue[]): Partial<Record<CatalogField, number>> {
  const keys = row.map((h) => (typeof h === 'string' || typeof h === 'number' ? withoutUnit(normalizeHeader(String(h))) : ''));
  const found: Partial<Record<CatalogField, number>> = {};
  const taken = new Set<number>();
  for (const field of Object.keys(PRODUCT_CATALOG_HEADERS) as CatalogField[]) {
    for (const alias of PRODUCT_CATALOG_HEADERS[field]) {
      const index = keys.findIndex((k, i) => k !== '' && !taken.has(i) && k === normalizeHeader(alias));
      if (index >= 0) { found[field] = index; taken.add(index); break; }
    }
  }
  return found;
}

/** The header row: the first of the first 30 rows holding both 产品代码 and 风险等级. */
function locateCatalogHeader(grid: readonly (readonly CellValue[])[], sheetName: string): { row: number; columns: Partial<Record<CatalogField, number>> } {
  const limit = Math.min(CATALOG_HEADER_SEARCH_ROWS, grid.length);
  for (let r = 0; r < limit; r++) {
    const columns = findColumns(grid[r] ?? []);
    if (columns.code !== undefined && columns.riskLevel !== undefined) return { row: r, columns };
  }
  for (let r = 0; r < limit; r++) {
    const columns = findColumns(grid[r] ?? []);
    const lacking = columns.code === undefined ? '产品代码' : columns.riskLevel === undefined ? '风险等级' : undefined;
    if (lacking && (columns.code !== undefined || columns.riskLevel !== undefined)) {
      throw new TierBookError('COLUMN_NOT_FOUND', text(`产品目录「${sheetName}」第 ${r + 1} 行的表头缺少列：${lacking}`,
        `column "${lacking}" not found in the product catalog header at row ${r + 1} of sheet "${sheetName}"`), { sheet: sheetName, row: r + 1, column: lacking });
    }
  }
  throw new TierBookError('HEADER_NOT_FOUND', text(`产品目录「${sheetName}」前 ${CATALOG_HEADER_SEARCH_ROWS} 行中找不到表头：需要列 产品代码、风险等级`,
    `no product catalog header in the first ${CATALOG_HEADER_SEARCH_ROWS} rows of sheet "${sheetName}": expected columns 产品代码, 风险等级`), { sheet: sheetName });
}

/**
 * Reads a product catalog (产品目录: 产品代码, 产品名称, 产品类型, 风险等级, 最低投资额, 专业投资者专属) from a grid whose
 * row 0 is worksheet row 1 and column 0 is column A. A product whose code or risk level is unusable is skipped; every
 * doubtful cell is reported with its address. An unreadable 专业投资者专属 flag counts as "yes": the safe side.
 */
export function readProductCatalog(grid: readonly (readonly CellValue[])[], sheetName = PRODUCT_CATALOG_SHEET): ProductCatalog {
  const { row: header, columns } = locateCatalogHeader(grid, sheetName);
  const headerCells = grid[header];
  const products: CatalogProduct[] = [];
  const issues: CatalogIssue[] = [];
  const seen = new Map<string, number>();
  const sheetRef = quoteSheetName(sheetName); // as the model sheet's messages do: '产品目录'!D6
  const issue = (r: number, c: number, value: CellValue, message: LocalizedText): void => {
    const address = cellAddress(r, c);
    issues.push({ address, row: r + 1, column: cellText(headerCells[c] ?? null), value: cellText(value),
      message: text(`${sheetRef}!${address}：${message['zh-CN']}`, `${sheetRef}!${address}: ${message['en-US']}`) });
  };
  const at = (row: readonly CellValue[], field: CatalogField): CellValue => (columns[field] === undefined ? null : row[columns[field] as number] ?? null);

  for (let r = header + 1; r < grid.length; r++) {
    const row = grid[r];
    if (row.every(isBlankCell)) continue;
    const codeCell = at(row, 'code');
    const codeColumn = columns.code as number;
    const riskColumn = columns.riskLevel as number;
    if (isBlankCell(codeCell)) {
      issue(r, codeColumn, codeCell, text('产品代码为空，该行已跳过', 'the product code is empty; row skipped'));
      continue;
    }
    const code = cellText(codeCell).trim();
    const first = seen.get(code);
    if (first !== undefined) {
      issue(r, codeColumn, codeCell, text(`产品代码 ${code} 与第 ${first} 行重复，该行已跳过`, `product code ${code} repeats row ${first}; row skipped`));
      continue;
    }
    const riskCell = at(row, 'riskLevel');
    const riskLevel = parseProductRiskLevel(riskCell);
    if (riskLevel === undefined) {
      issue(r, riskColumn, riskCell, text(`风险等级「${cellText(riskCell)}」不是 R1–R5，该产品已跳过`, `risk level "${cellText(riskCell)}" is not R1–R5; product skipped`));
      continue;
    }
    seen.set(code, r + 1);
    let professionalOnly = false;
    if (columns.professionalOnly !== undefined) {
      const flagCell = at(row, 'professionalOnly');
      const flag = parseYesNoFlag(flagCell);
      if (flag === 'invalid') {
        issue(r, columns.professionalOnly, flagCell, text(`专业投资者专属「${cellText(flagCell)}」应为 是/否，按「是」处理`, `professional-only flag "${cellText(flagCell)}" should be 是/否 (yes/no); treated as yes`));
        professionalOnly = true;
      } else professionalOnly = flag === true;
    }
    let minimumInvestment: number | undefined;
    if (columns.minimumInvestment !== undefined) {
      const minCell = at(row, 'minimumInvestment');
      const parsed = parseNumericCell(minCell);
      if (parsed.kind === 'number') minimumInvestment = parsed.value;
      else if (parsed.kind === 'invalid') issue(r, columns.minimumInvestment, minCell, text(`最低投资额「${parsed.text}」不是可识别的数字`, `minimum investment "${parsed.text}" is not a readable number`));
    }
    const name = cellText(at(row, 'name')).trim();
    const type = cellText(at(row, 'type')).trim();
    products.push({ code, name, type, riskLevel, professionalOnly, row: r + 1, ...(minimumInvestment === undefined ? {} : { minimumInvestment }) });
  }
  return { headerRow: header + 1, products, issues };
}

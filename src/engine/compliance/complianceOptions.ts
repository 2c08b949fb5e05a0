import { isBlankCell, type CellValue } from '../cell/cellValue';
import { cellText } from '../cell/normalizeText';
import { text, type Locale, type LocalizedText } from '../i18n/locale';

/** What an expired or missing assessment means: no product is suitable (default), or the stored level still applies. */
export type LapsedTreatment = 'notAssessable' | 'keepLevel';

/** A firm's assessment-currency settings, kept in the model sheet next to the model's own settings. */
export interface ComplianceOptions {
  /** How long a risk assessment stays valid: a positive whole number of months or years. */
  readonly validity: { readonly amount: number; readonly unit: 'year' | 'month' };
  /** Days before expiry from which a client is 即将过期. */
  readonly warningDays: number;
  readonly lapsed: LapsedTreatment;
}

/** Two years, 30 days' warning, a lapsed assessment assesses nothing: the issue's defaults. */
export const DEFAULT_COMPLIANCE_OPTIONS: ComplianceOptions = { validity: { amount: 2, unit: 'year' }, warningDays: 30, lapsed: 'notAssessable' };

export const COMPLIANCE_OPTION_LABELS = {
  validity: text('测评有效期', 'Assessment validity'),
  warningDays: text('到期预警天数', 'Expiry warning (days)'),
  lapsed: text('过期或未测评', 'Expired or missing assessment'),
} as const satisfies Record<string, LocalizedText>;

const LAPSED_TEXT: Record<LapsedTreatment, LocalizedText> = {
  notAssessable: text('不可评估', 'not assessable'),
  keepLevel: text('沿用原等级', 'keep stored level'),
};

/** "2年" / "2 years", "18个月" / "18 months". */
export function validityText(validity: ComplianceOptions['validity'], locale: Locale): string {
  const { amount, unit } = validity;
  if (locale === 'zh-CN') return `${amount}${unit === 'year' ? '年' : '个月'}`;
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

export function lapsedText(lapsed: LapsedTreatment, locale: Locale): string {
  return LAPSED_TEXT[lapsed][locale];
}

/** A validity as written in a cell: "2年", "24个月", "2 years", "18 months", or a bare whole number of years. */
export function parseValidity(cell: CellValue): ComplianceOptions['validity'] | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? { amount: cell, unit: 'year' } : undefined;
  if (typeof cell !== 'string') return undefined;
  const m = /^(\d+)\s*(年|years?|yrs?|y|个月|月|months?|m)?$/iu.exec(cell.normalize('NFKC').trim());
  if (!m) return undefined;
  const amount = Number(m[1]);
  if (!Number.isSafeInteger(amount) || amount <= 0) return undefined;
  const unit = m[2] === undefined || /^(年|y)/iu.test(m[2]) ? 'year' : 'month';
  return { amount, unit };
}

function parseWarningDays(cell: CellValue): number | undefined {
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\d+$/u.test(cell.normalize('NFKC').trim()) ? Number(cell.normalize('NFKC').trim()) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function parseLapsed(cell: CellValue): LapsedTreatment | undefined {
  const s = cellText(cell).normalize('NFKC').trim().toLowerCase();
  for (const [key, label] of Object.entries(LAPSED_TEXT) as [LapsedTreatment, LocalizedText][]) {
    if (s === key.toLowerCase() || s === label['zh-CN'] || s === label['en-US'].toLowerCase()) return key;
  }
  return undefined;
}

/** One option cell that could not be read, by which option it is. */
export interface ComplianceOptionProblem {
  readonly option: keyof ComplianceOptions;
  readonly message: LocalizedText;
}

/**
 * The options from their three cells (blank = default). A cell that does not read is a problem, never a guess:
 * a validity must be a positive whole number of months or years.
 */
export function readComplianceOptions(cells: Partial<Record<keyof ComplianceOptions, CellValue>>): { options: ComplianceOptions; problems: ComplianceOptionProblem[] } {
  const problems: ComplianceOptionProblem[] = [];
  const d = DEFAULT_COMPLIANCE_OPTIONS;
  const raw = (k: keyof ComplianceOptions): CellValue => cells[k] ?? null;
  let validity = d.validity;
  if (!isBlankCell(raw('validity'))) {
    const v = parseValidity(raw('validity'));
    if (v) validity = v;
    else problems.push({ option: 'validity', message: text(`测评有效期「${cellText(raw('validity'))}」应为正整数的年或月（如 2年、24个月）`, `assessment validity "${cellText(raw('validity'))}" must be a positive whole number of years or months (e.g. 2 years, 24 months)`) });
  }
  let warningDays = d.warningDays;
  if (!isBlankCell(raw('warningDays'))) {
    const v = parseWarningDays(raw('warningDays'));
    if (v !== undefined) warningDays = v;
    else problems.push({ option: 'warningDays', message: text(`到期预警天数「${cellText(raw('warningDays'))}」应为非负整数`, `expiry warning "${cellText(raw('warningDays'))}" must be a whole number of days (0 or more)`) });
  }
  let lapsed = d.lapsed;
  if (!isBlankCell(raw('lapsed'))) {
    const v = parseLapsed(raw('lapsed'));
    if (v) lapsed = v;
    else problems.push({ option: 'lapsed', message: text(`过期或未测评「${cellText(raw('lapsed'))}」应为 不可评估 或 沿用原等级`, `expired or missing assessment "${cellText(raw('lapsed'))}" must be "not assessable" or "keep stored level"`) });
  }
  return { options: { validity, warningDays, lapsed }, problems };
}

export function isDefaultComplianceOptions(o: ComplianceOptions): boolean {
  const d = DEFAULT_COMPLIANCE_OPTIONS;
  return o.validity.amount === d.validity.amount && o.validity.unit === d.validity.unit && o.warningDays === d.warningDays && o.lapsed === d.lapsed;
}

/** Problems of options given in a model file (JSON), by path. */
export function findComplianceOptionProblems(input: unknown): { path: string; message: LocalizedText }[] {
  const problems: { path: string; message: LocalizedText }[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [{ path: 'compliance', message: text('compliance 必须是对象', 'compliance must be an object') }];
  const o = input as Record<string, unknown>;
  const v = o.validity as Record<string, unknown> | undefined;
  if (typeof v !== 'object' || v === null || !Number.isSafeInteger(v.amount) || (v.amount as number) <= 0 || (v.unit !== 'year' && v.unit !== 'month')) {
    problems.push({ path: 'compliance.validity', message: text('有效期须为 { amount: 正整数, unit: "year" | "month" }', 'validity must be { amount: a positive whole number, unit: "year" | "month" }') });
  }
  if (!Number.isSafeInteger(o.warningDays) || (o.warningDays as number) < 0) {
    problems.push({ path: 'compliance.warningDays', message: text('warningDays 须为非负整数', 'warningDays must be a whole number, 0 or more') });
  }
  if (o.lapsed !== 'notAssessable' && o.lapsed !== 'keepLevel') {
    problems.push({ path: 'compliance.lapsed', message: text('lapsed 须为 "notAssessable" 或 "keepLevel"', 'lapsed must be "notAssessable" or "keepLevel"') });
  }
  return problems;
}

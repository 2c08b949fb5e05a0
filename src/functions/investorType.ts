/// <reference types="custom-functions-runtime" />
/*
 * TIER.INVESTORTYPE: the professional-investor test (专业投资者认定) of CSRC Order No. 130 Art. 8 (4) and (5).
 *
 * The rule, the three-valued logic and the labels live in the engine (src/engine/suitability/); this module only
 * turns cell arguments into ProfessionalInvestorFacts, calls classifyProfessionalInvestor and words the class.
 * Arguments that cannot be read throw #VALUE! naming the argument: a guessed fact would be a silently wrong class.
 * The amounts are `any` in functions.ts, not `number`, because Excel would refuse "500万" before calling us and
 * may coerce an empty number argument to 0, which the test would read as a real 0 instead of a missing fact.
 */
import { parseNumericCell } from '../engine/cell/parseNumericCell';
import type { CellValue } from '../engine/cell/cellValue';
import { text, type Locale } from '../engine/i18n/locale';
import {
  classifyProfessionalInvestor,
  INVESTOR_CLASS_LABELS,
  parseInvestorType,
  PROFESSIONAL_FACT_LABELS,
  type InvestorClassification,
  type InvestorType,
  type ProfessionalFact,
  type ProfessionalInvestorFacts,
} from '../engine/suitability';
import { invalidValueError } from './suitable';

/** The numeric arguments, named as the formula tooltip names them (they are also the engine's fact names). */
type NumericFact = Exclude<ProfessionalFact, 'investorType'>;

/**
 * Net assets (assets minus liabilities) can be below zero for an insolvent organisation, which is then simply
 * ordinary; holdings, income and years of experience cannot, so a minus there is a typing error.
 */
const MAY_BE_NEGATIVE: Readonly<Record<NumericFact, boolean>> = {
  financialAssets: false, annualIncome: false, experienceYears: false, netAssets: true,
};

/** Cell text as typed, for error messages. */
function shown(raw: unknown): string {
  return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
}

/** What Excel hands a scalar `any` argument, as an engine cell (omitted is blank); undefined for anything else. */
function asCell(raw: unknown): CellValue | undefined {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return undefined;
}

function readInvestorType(raw: unknown): InvestorType | undefined {
  const cell = asCell(raw);
  const parsed = cell === undefined ? 'unknown' : parseInvestorType(cell);
  if (parsed !== 'unknown') return parsed;
  throw invalidValueError(text(
    `客户类型（investorType）"${shown(raw)}" 不是 个人/机构`,
    `investorType "${shown(raw)}" is not 个人/机构 (individual/institution)`,
  ));
}

/** A fact as a number, or undefined when the argument is blank, omitted or a missing marker such as "-" or "N/A". */
function readAmount(fact: NumericFact, raw: unknown): number | undefined {
  const cell = asCell(raw);
  const parsed = cell === undefined ? { kind: 'invalid' as const } : parseNumericCell(cell);
  const label = PROFESSIONAL_FACT_LABELS[fact];
  if (parsed.kind === 'missing') return undefined;
  if (parsed.kind === 'invalid') {
    throw invalidValueError(text(
      `${label['zh-CN']}（${fact}）"${shown(raw)}" 不是数字（例如 5000000 或 500万）`,
      `${fact} "${shown(raw)}" is not a number (e.g. 5000000 or 500万)`,
    ));
  }
  if (parsed.value < 0 && !MAY_BE_NEGATIVE[fact]) {
    throw invalidValueError(text(
      `${label['zh-CN']}（${fact}）"${shown(raw)}" 不能为负数`,
      `${fact} "${shown(raw)}" cannot be negative`,
    ));
  }
  return parsed.value;
}

/** Blank means Chinese, the language of the regulation; "zh", "zh-CN", "en", "en-US" (any region, any case). */
export function parseResultLanguage(raw: unknown): Locale {
  const cell = asCell(raw);
  const typed = typeof cell === 'string' ? cell.normalize('NFKC').trim().toLowerCase() : cell === null ? '' : undefined;
  if (typed === '' || (typed !== undefined && /^zh(?:[-_][a-z0-9]+)*$/u.test(typed))) return 'zh-CN';
  if (typed !== undefined && /^en(?:[-_][a-z0-9]+)*$/u.test(typed)) return 'en-US';
  throw invalidValueError(text(
    `语言（language）"${shown(raw)}" 不是 zh-CN 或 en-US`,
    `language "${shown(raw)}" is not zh-CN or en-US`,
  ));
}

/** The cell arguments as the engine's facts; throws #VALUE! naming the first argument that cannot be read. */
export function readProfessionalFacts(
  investorType: unknown, financialAssets: unknown, annualIncome: unknown, experienceYears: unknown, netAssets: unknown,
): ProfessionalInvestorFacts {
  return {
    investorType: readInvestorType(investorType),
    financialAssets: readAmount('financialAssets', financialAssets),
    annualIncome: readAmount('annualIncome', annualIncome),
    experienceYears: readAmount('experienceYears', experienceYears),
    netAssets: readAmount('netAssets', netAssets),
  };
}

/**
 * 专业投资者 / 普通投资者 as the bare label, so that `=…="专业投资者"` works; 无法判定 carries the missing fields
 * ("无法判定：缺少 净资产") in the same cell, so the result stays one cell that can be filled down a client column.
 */
export function investorClassText(classification: InvestorClassification, locale: Locale): string {
  const label = INVESTOR_CLASS_LABELS[classification.status][locale];
  if (classification.status !== 'undetermined' || classification.missing.length === 0) return label;
  const names = classification.missing.map((fact) => PROFESSIONAL_FACT_LABELS[fact][locale]);
  return locale === 'zh-CN' ? `${label}：缺少 ${names.join('、')}` : `${label}: missing ${names.join(', ')}`;
}

/** TIER.INVESTORTYPE's body: reads every argument (throwing #VALUE! naming a bad one), then asks the engine. */
export function professionalInvestorClass(
  investorType: unknown, financialAssets: unknown, annualIncome: unknown, experienceYears: unknown, netAssets?: unknown, language?: unknown,
): string {
  const facts = readProfessionalFacts(investorType, financialAssets, annualIncome, experienceYears, netAssets);
  const locale = parseResultLanguage(language);
  return investorClassText(classifyProfessionalInvestor(facts), locale);
}

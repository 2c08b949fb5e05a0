import { cellText } from '../cell/normalizeText';
import { text, type LocalizedText } from '../i18n/locale';
import type { ColumnRole } from '../model/headerAliases';
import type { DataIssue } from '../table/dataIssue';
import { numericExtra, type ExtraColumns } from '../table/extraColumns';
import type { SuitabilityClient } from './assessSuitability';
import { parseInvestorType } from './investorType';
import {
  classifyProfessionalInvestor, DEFAULT_PROFESSIONAL_INVESTOR_RULES, professionalStatus,
  type InvestorClass, type InvestorClassification, type InvestorType, type ProfessionalInvestorFacts, type ProfessionalInvestorRules,
} from './professionalInvestor';
import { parseClientRiskLevel, parseYesNoFlag, productRangeText, type ClientRiskLevel } from './riskLevels';
import { DEFAULT_SUITABILITY_RULES, highestSuitableLevel, type SuitabilityRules } from './suitabilityRules';

/** The roles to ask readExtraColumns for (with the model, so 'risk' is the model's own risk column when it has one). */
export const SUITABILITY_EXTRA_ROLES: readonly ColumnRole[] = ['investorType', 'financialAssets', 'annualIncome', 'experienceYears', 'netAssets', 'lowestCategory', 'risk', 'assessmentDate', 'professionalFlag'];

const CLASSES: readonly InvestorClass[] = ['ordinary', 'professional', 'undetermined'];

/** Every client's suitability inputs, aligned with the ClientTable. Texts are built on demand, one client at a time. */
export interface ClientSuitabilityProfiles {
  readonly size: number;
  /** Per client; empty (every entry undefined) when the sheet has no risk column. */
  readonly riskLevels: readonly (ClientRiskLevel | undefined)[];
  /** Per client; empty (every entry undefined) when the sheet has no 最低类别 column. */
  readonly lowestCategory: readonly (boolean | undefined)[];
  /** Index into ['ordinary', 'professional', 'undetermined']. */
  readonly investorClassCodes: Uint8Array;
  /** Unreadable numbers, unknown investor types and unreadable 最低类别 flags. */
  readonly issues: readonly DataIssue[];
  investorClassAt(client: number): InvestorClass;
  classificationAt(client: number): InvestorClassification;
  clientAt(client: number): SuitabilityClient;
}

/**
 * Reads the professional-investor facts, risk levels and 最低类别 flags of every client. An unreadable 最低类别 flag
 * counts as set (the safe side) and is reported; an unknown 客户类型 counts as missing and is reported.
 */
export function buildClientSuitability(extras: ExtraColumns, clientRows: Int32Array, rules: ProfessionalInvestorRules = DEFAULT_PROFESSIONAL_INVESTOR_RULES): ClientSuitabilityProfiles {
  // Kept per table and rules: the suitability columns and the compliance check both ask, and each copy held a
  // million clients' facts. Read only.
  const known = profilesCache.get(extras);
  if (known && known.clientRows === clientRows && known.rules === rules) return known.profiles;
  const profiles = readClientSuitability(extras, clientRows, rules);
  profilesCache.set(extras, { clientRows, rules, profiles });
  return profiles;
}

const profilesCache = new WeakMap<ExtraColumns, { clientRows: Int32Array; rules: ProfessionalInvestorRules; profiles: ClientSuitabilityProfiles }>();

function readClientSuitability(extras: ExtraColumns, clientRows: Int32Array, rules: ProfessionalInvestorRules): ClientSuitabilityProfiles {
  const size = extras.size;
  const issues: DataIssue[] = [];
  let unknown: Float64Array | undefined;
  const numbers = (role: ColumnRole): Float64Array => {
    // One all-missing array for every absent column (read only): four of them were 32 MB at a million clients.
    if (!extras.columns[role]) return (unknown ??= new Float64Array(size).fill(NaN));
    const read = numericExtra(extras, role, clientRows);
    issues.push(...read.issues);
    return read.values;
  };
  const financialAssets = numbers('financialAssets');
  const annualIncome = numbers('annualIncome');
  const experienceYears = numbers('experienceYears');
  const netAssets = numbers('netAssets');
  // Per-client lists only for columns the sheet has; reading past an empty list gives undefined, as for a blank cell.
  const typeColumn = extras.columns.investorType;
  const investorTypes: (InvestorType | undefined)[] = typeColumn ? new Array<InvestorType | undefined>(size).fill(undefined) : [];
  typeColumn?.cells.forEach((cell, client) => {
    const parsed = parseInvestorType(cell);
    if (parsed === 'unknown') {
      issues.push({ row: clientRows[client], column: typeColumn.header, value: cellText(cell), problem: 'unknown_category', client,
        message: text(`客户类型「${cellText(cell)}」无法识别（应为 个人/机构），按缺失处理`, `investor type "${cellText(cell)}" is not recognised (expected 个人/机构); treated as missing`) });
    } else investorTypes[client] = parsed;
  });
  const flagColumn = extras.columns.lowestCategory;
  const lowestCategory: (boolean | undefined)[] = flagColumn ? new Array<boolean | undefined>(size).fill(undefined) : [];
  flagColumn?.cells.forEach((cell, client) => {
    const flag = parseYesNoFlag(cell);
    if (flag === 'invalid') {
      lowestCategory[client] = true;
      issues.push({ row: clientRows[client], column: flagColumn.header, value: cellText(cell), problem: 'unknown_category', client,
        message: text(`最低类别标记「${cellText(cell)}」应为 是/否，按「是」处理`, `lowest-category flag "${cellText(cell)}" should be 是/否 (yes/no); treated as yes`) });
    } else lowestCategory[client] = flag;
  });
  const riskColumn = extras.columns.risk;
  const riskLevels = riskColumn ? riskColumn.cells.map((cell) => parseClientRiskLevel(cell)) : [];
  const factsAt = (client: number): ProfessionalInvestorFacts => ({
    investorType: investorTypes[client], financialAssets: financialAssets[client], annualIncome: annualIncome[client],
    experienceYears: experienceYears[client], netAssets: netAssets[client],
  });
  const investorClassCodes = new Uint8Array(size);
  for (let c = 0; c < size; c++) investorClassCodes[c] = CLASSES.indexOf(professionalStatus(factsAt(c), rules));
  issues.sort((a, b) => a.row - b.row);
  return {
    size, riskLevels, lowestCategory, investorClassCodes, issues,
    investorClassAt: (client) => CLASSES[investorClassCodes[client]],
    classificationAt: (client) => classifyProfessionalInvestor(factsAt(client), rules),
    clientAt: (client) => ({ riskLevel: riskLevels[client], lowestCategory: lowestCategory[client], investorClass: CLASSES[investorClassCodes[client]] }),
  };
}

/** "C3：R1–R3", "最低类别：仅 R1", "专业投资者：R1–R5" or "风险等级缺失": what a client may buy as a match. */
export function suitableRangeText(client: SuitabilityClient, rules: SuitabilityRules = DEFAULT_SUITABILITY_RULES): LocalizedText {
  if (client.lowestCategory === true || client.riskLevel === 'lowest') return text('最低类别：仅 R1', 'Lowest category: R1 only');
  if (client.investorClass === 'professional' && rules.professionalMayBuyAnyLevel) return text('专业投资者：R1–R5', 'Professional investor: R1–R5');
  if (client.riskLevel === undefined) return text('风险等级缺失：无法匹配', 'Risk level missing: cannot match');
  const range = productRangeText(highestSuitableLevel(client.riskLevel, rules));
  return text(`C${client.riskLevel}：${range}`, `C${client.riskLevel}: ${range}`);
}

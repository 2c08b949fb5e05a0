import type { CellValue } from '../cell/cellValue';
import { isBlankCell } from '../cell/cellValue';
import { cellText, normalizeLabel } from '../cell/normalizeText';
import type { InvestorType } from './professionalInvestor';

const INVESTOR_TYPE_BY_LABEL: ReadonlyMap<string, InvestorType> = new Map<string, InvestorType>([
  ['个人', 'individual'], ['自然人', 'individual'], ['个人投资者', 'individual'], ['个人客户', 'individual'],
  ['individual', 'individual'], ['person', 'individual'], ['personal', 'individual'], ['natural person', 'individual'],
  ['机构', 'institution'], ['法人', 'institution'], ['机构投资者', 'institution'], ['机构客户', 'institution'], ['企业', 'institution'],
  ['公司', 'institution'], ['其他组织', 'institution'], ['法人或其他组织', 'institution'],
  ['institution', 'institution'], ['institutional', 'institution'], ['corporate', 'institution'], ['company', 'institution'],
  ['organization', 'institution'], ['organisation', 'institution'], ['entity', 'institution'],
]);

/**
 * 个人/自然人 → individual, 机构/法人/企业/其他组织 → institution (after NFKC, trim, case-fold); blank → undefined;
 * anything else → 'unknown', which the professional test treats as missing and the caller reports.
 */
export function parseInvestorType(cell: CellValue): InvestorType | undefined | 'unknown' {
  if (isBlankCell(cell)) return undefined;
  return INVESTOR_TYPE_BY_LABEL.get(normalizeLabel(cellText(cell))) ?? 'unknown';
}

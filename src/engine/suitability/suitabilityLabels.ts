import { text, type LocalizedText } from '../i18n/locale';
import type { InvestorClass, ProfessionalFact } from './professionalInvestor';

/** Names of the facts the professional-investor test reads, as the reason text names them. */
export const PROFESSIONAL_FACT_LABELS: Readonly<Record<ProfessionalFact, LocalizedText>> = {
  investorType: text('客户类型', 'investor type'),
  financialAssets: text('金融资产', 'financial assets'),
  annualIncome: text('近三年年均收入', 'average annual income (last 3 years)'),
  experienceYears: text('投资经验年限', 'years of investment experience'),
  netAssets: text('净资产', 'net assets'),
};

export const INVESTOR_CLASS_LABELS: Readonly<Record<InvestorClass, LocalizedText>> = {
  professional: text('专业投资者', 'Professional investor'),
  ordinary: text('普通投资者', 'Ordinary investor'),
  undetermined: text('无法判定', 'Cannot determine'),
};

/** Headers of the columns the suitability builders append to the client sheet. */
export const SUITABILITY_COLUMN_LABELS = {
  investorClass: text('投资者分类', 'Investor class'),
  investorClassReason: text('分类依据', 'Classification basis'),
  suitableRange: text('适当性可购买范围', 'Suitable product range'),
} as const;

/** 5000000 → "5,000,000"; 1234.5 → "1,234.5": how amounts appear in reasons a compliance officer re-checks. */
export function formatAmount(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole, fraction] = Math.abs(rounded).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

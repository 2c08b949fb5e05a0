import type { FactorKind } from './types';

/** What a column can mean to TierBook besides the five factors. */
export type ColumnRole = FactorKind | 'id' | 'name' | 'openDate' | 'investorType' | 'financialAssets' | 'annualIncome' | 'experienceYears' | 'netAssets' | 'lowestCategory' | 'branch' | 'assessmentDate' | 'professionalFlag' | 'manager';

/**
 * Headers brokers' systems actually export, per role, most specific first.
 * Documented in docs/model.md; matching uses normalizeHeader, so case, width and spaces don't matter.
 */
export const HEADER_ALIASES: Readonly<Record<ColumnRole, readonly string[]>> = {
  id: ['客户号', '客户编号', '客户代码', '资金账号', '资金账户', '客户账号', '客户ID', 'client_id', 'clientid', 'customer_id', 'cust_id', 'customer_no', 'account_id', 'account_no'],
  name: ['客户姓名', '客户名称', '姓名', '户名', 'client_name', 'customer_name', 'name'],
  assets: ['总资产', '日均资产', '资产总额', '客户总资产', '总资产额', '托管资产', 'total_asset', 'total_assets', 'aum', 'assets', 'avg_daily_assets'],
  frequency: ['年交易次数', '交易次数', '年交易笔数', '交易笔数', '交易频率', '交易频次', 'trd_freq', 'trade_count', 'trades', 'trading_frequency', 'annual_trades'],
  needs: ['客户需求', '需求类型', '投资需求', '服务需求', 'client_needs', 'needs', 'needs_type'],
  risk: ['风险等级', '风险承受能力', '风险承受等级', '风险偏好', '风险类型', '投资者风险等级', 'risk_level', 'risk_tolerance', 'risk_profile', 'risk'],
  loyalty: ['开户年限', '客户年限', '账户年限', '忠诚度', 'tenure', 'tenure_years', 'years_as_client', 'account_age'],
  openDate: ['开户日期', '开户时间', 'open_date', 'account_open_date', 'opened'],
  investorType: ['客户类型', '投资者类型', '客户性质', '主体类型', 'investor_type', 'client_type', 'customer_type'],
  financialAssets: ['金融资产', '金融资产总额', 'financial_assets'],
  annualIncome: ['近三年年均收入', '年均收入', '年收入', 'annual_income', 'avg_income_3y'],
  experienceYears: ['投资经验年限', '投资经验', '投资年限', '从业年限', 'experience_years', 'investment_experience'],
  netAssets: ['净资产', 'net_assets'],
  lowestCategory: ['最低类别', '是否最低类别', '最低风险类别', 'lowest_category'],
  branch: ['开户营业部', '营业部', '所属营业部', 'branch'],
  assessmentDate: ['风险测评日期', '测评日期', '风险评估日期', '问卷日期', '风险测评时间', '测评时间', 'assessment_date', 'risk_assessment_date'],
  professionalFlag: ['专业投资者标志', '专业投资者标识', '是否专业投资者', '专业投资者', 'professional_flag', 'is_professional'],
  manager: ['客户经理', '服务经理', '理财经理', '投资顾问', '经纪人', '专属客户经理', 'account_manager', 'relationship_manager', 'advisor', 'adviser'],
};

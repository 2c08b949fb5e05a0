import { text } from '../i18n/locale';
import { composePlaybook } from './composePlaybook';
import type { Playbook, ProductSuggestion } from './playbook';

/*
 * The service playbooks TierBook starts from, written for a Chinese securities brokerage's client-service team.
 * Factor playbooks follow the five factors (资产规模, 交易频率, 客户需求, 风险偏好, 忠诚度), high and low; the four
 * tier playbooks of the default model are composed from them. Every product carries its R1–R5 rating so that a
 * suitability check can drop what a client may not buy; the ratings are the usual ones for the category, and a
 * firm's own product ratings always prevail.
 */

/** Factor-score bounds for "high" and "low"; percentile factors make these shares of the client base. */
export const FACTOR_BANDS = {
  assetsHigh: 80, assetsLow: 50,
  frequencyHigh: 70, frequencyLow: 30,
  needsHigh: 70, needsLow: 30,
  riskHigh: 75, riskLow: 25,
  loyaltyHigh: 70, loyaltyLow: 30,
} as const;

const product = (zh: string, en: string, riskRating: ProductSuggestion['riskRating']): ProductSuggestion => ({ category: text(zh, en), riskRating });

/** Shared product categories, so that composed playbooks list each once. */
const PRODUCTS = {
  moneyMarket: product('货币市场基金', 'Money-market funds', 1),
  reverseRepo: product('国债逆回购', 'Treasury reverse repos (国债逆回购)', 1),
  principalNote: product('本金保障型收益凭证', 'Principal-protected structured notes (收益凭证)', 1),
  bondFund: product('债券基金', 'Bond funds', 2),
  pureBondFund: product('纯债基金', 'Pure bond funds', 2),
  bondHeavyHybrid: product('偏债混合基金', 'Bond-heavy hybrid funds', 2),
  conservativePortfolio: product('稳健型基金组合', 'Conservative fund portfolios', 2),
  newClientProduct: product('新客专享理财产品', 'New-client wealth products', 2),
  indexPlan: product('指数基金定投', 'Regular index-fund investment plans (定投)', 3),
  equityHeavyHybrid: product('偏股混合基金', 'Equity-heavy hybrid funds', 3),
  assetManagementPlan: product('券商集合资管计划', 'Brokerage collective asset-management plans', 3),
  ipoSubscription: product('新股/可转债申购', 'IPO and convertible-bond subscriptions', 3),
  equityFund: product('股票型基金', 'Equity funds', 4),
  privateFund: product('私募证券投资基金（合格投资者）', 'Private securities funds (qualified investors)', 4),
  marginTrading: product('融资融券（需满足准入条件）', 'Margin trading and securities lending (eligible clients only)', 4),
  stockOptions: product('股票期权（需开通期权交易权限）', 'Stock options (clients with options permission only)', 5),
} as const;

const CHANNELS = {
  managerPhone: text('客户经理电话', 'Account manager by phone'),
  managerWeCom: text('客户经理企业微信', 'Account manager on WeCom'),
  meeting: text('线下面谈', 'Face-to-face meetings'),
  app: text('手机 App', 'Mobile app'),
  push: text('App 推送与短信', 'App notifications and SMS'),
  live: text('线上直播课堂', 'Online live classes'),
  hotline: text('客服热线', 'Service hotline'),
  tradingClient: text('专业版交易终端', 'Professional trading terminal'),
  events: text('线下活动与策略会', 'Events and strategy seminars'),
  research: text('研究报告推送', 'Research mailings'),
} as const;

const hnw: Playbook = {
  key: 'hnw',
  title: text('高净值客户服务', 'High-net-worth client service'),
  audience: [{ kind: 'factor', factor: 'assets', min: FACTOR_BANDS.assetsHigh }, { kind: 'rank', rank: 'top' }],
  actions: [
    text('配备专属客户经理，一对一服务，客户诉求 24 小时内响应', 'Assign a dedicated account manager (专属客户经理) for one-to-one service; answer every request within 24 hours'),
    text('由持牌投资顾问提供一对一投资建议与资产配置方案', 'Give one-to-one investment advice and an asset-allocation plan from a licensed investment adviser'),
    text('每月提供定制化报告：持仓分析、收益归因与市场策略', 'Send a custom monthly report (定制化报告): holdings analysis, return attribution and market strategy'),
    text('在适当性匹配的前提下，优先提供新股/新债申购提醒及新发产品认购额度', 'Give priority access to IPO and new-bond subscriptions and to new product allocations, where suitability allows'),
    text('每季度召开一次资产检视会，回顾收益、风险与配置偏离', 'Hold a quarterly review of returns, risk and drift from the agreed allocation'),
    text('推荐任何产品前核对客户风险等级与产品风险等级，并完成风险揭示', 'Before suggesting any product, check the client\'s risk level against the product\'s rating and give the risk disclosure'),
  ],
  channels: [CHANNELS.managerPhone, CHANNELS.managerWeCom, CHANNELS.meeting],
  cadence: text('每月至少一次主动联系，每季度一次资产检视', 'Proactive contact at least monthly; an asset review every quarter'),
  followUpDays: 30,
  dedicatedManager: true,
  products: [PRODUCTS.assetManagementPlan, PRODUCTS.privateFund, PRODUCTS.ipoSubscription, PRODUCTS.principalNote],
  kpis: [text('客户资产留存率', 'Client asset retention'), text('季度检视完成率', 'Quarterly reviews completed'), text('客户满意度', 'Client satisfaction')],
};

const ordinary: Playbook = {
  key: 'ordinary',
  title: text('普通客户服务', 'Standard client service'),
  audience: [{ kind: 'factor', factor: 'assets', max: FACTOR_BANDS.assetsLow }, { kind: 'rank', rank: 'bottom' }],
  actions: [
    text('引导使用手机 App 便捷交易、银证转账与业务自助办理', 'Show the client the app for convenient trading (便捷交易), bank-securities transfers and self-service requests'),
    text('推荐基础理财产品：货币基金、债券基金', 'Suggest basic wealth products (基础理财产品推荐): money-market and bond funds'),
    text('推送线上投资者教育课程与直播', 'Send online investor-education courses and live streams'),
    text('常见业务由智能客服与 App 自助办理，人工客服兜底', 'Handle routine requests through the chatbot and app self-service, with human agents as back-up'),
  ],
  channels: [CHANNELS.app, CHANNELS.push, CHANNELS.live, CHANNELS.hotline],
  cadence: text('每季度一次批量推送（App/短信），重要事项及时通知', 'A batch message (app/SMS) every quarter; important notices as they arise'),
  followUpDays: 90,
  dedicatedManager: false,
  products: [PRODUCTS.moneyMarket, PRODUCTS.bondFund, PRODUCTS.reverseRepo],
  kpis: [text('App 月活跃率', 'Monthly app active rate'), text('基础理财产品持有户数', 'Clients holding a basic wealth product'), text('投教课程参与人数', 'Investor-education participants')],
};

const growth: Playbook = {
  key: 'growth',
  title: text('潜力客户培育', 'Growth client development'),
  audience: [{ kind: 'rank', rank: 'middle' }],
  actions: [
    text('识别资产或交易有提升空间的潜力客户，纳入培育名单', 'Spot clients with room to grow their assets or trading and put them on a development list'),
    text('制定资产提升计划：入金活动、产品体验、资产达标礼遇', 'Draw up an asset-growth plan: deposit campaigns, product trials, rewards for reaching asset levels'),
    text('告知升级路径与更高等级的服务权益', 'Explain the path to the next tier and the services it brings'),
    text('提供投资者教育与投顾体验课，培养长期投资习惯', 'Offer investor education and an advisory trial to build long-term investing habits'),
  ],
  channels: [CHANNELS.managerPhone, CHANNELS.managerWeCom, CHANNELS.push, CHANNELS.live],
  cadence: text('每两个月一次主动联系', 'Proactive contact every two months'),
  followUpDays: 60,
  dedicatedManager: false,
  products: [PRODUCTS.indexPlan, PRODUCTS.bondHeavyHybrid],
  kpis: [text('客户资产提升率', 'Client asset growth'), text('升级客户数', 'Clients moved up a tier'), text('新增入金', 'New deposits')],
};

const highFrequency: Playbook = {
  key: 'high-frequency',
  title: text('高频交易客户', 'High-frequency traders'),
  audience: [{ kind: 'factor', factor: 'frequency', min: FACTOR_BANDS.frequencyHigh }],
  actions: [
    text('开通极速交易通道（低延时柜台），保障交易系统稳定', 'Open the fast trading channel (极速交易通道) on a low-latency counter and keep the trading system stable'),
    text('提供 Level-2 实时行情', 'Provide real-time Level-2 market data (实时行情 Level-2)'),
    text('支持条件单、网格交易等策略工具；符合条件的提供量化交易接口支持', 'Support strategy tools (conditional orders, grid trading) and, for eligible clients, quant trading interfaces'),
    text('每半年复核佣金费率，对标交易量与市场水平', 'Review the fee schedule every six months against the client\'s volume and the market'),
    text('提示交易所异常交易监控与程序化交易报告要求', 'Explain the exchanges\' abnormal-trading surveillance and programmatic-trading reporting rules'),
    text('交易系统异常时第一时间通知并提供备用下单渠道', 'Tell the client at once when the trading system fails and offer a back-up order channel'),
  ],
  channels: [CHANNELS.tradingClient, CHANNELS.managerWeCom, CHANNELS.push],
  cadence: text('每月一次交易服务回访；佣金费率每半年复核', 'A trading-service call every month; fees reviewed every six months'),
  kpis: [text('交易系统可用率', 'Trading system availability'), text('订单平均延时', 'Average order latency'), text('高频客户流失率', 'Churn among frequent traders')],
};

const lowFrequency: Playbook = {
  key: 'low-frequency',
  title: text('低频交易客户', 'Infrequent traders'),
  audience: [{ kind: 'factor', factor: 'frequency', max: FACTOR_BANDS.frequencyLow }],
  actions: [
    text('制定长期资产配置方案，控制单一资产集中度', 'Draw up a long-term asset allocation (长期资产配置) and keep single-asset concentration in check'),
    text('推荐基金组合与指数基金定投，平滑择时风险', 'Suggest fund portfolios and regular index-fund plans (定投) to smooth timing risk'),
    text('定期回访，了解资金需求与风险承受能力变化', 'Call back periodically (定期回访) to learn of changes in cash needs and risk tolerance'),
    text('市场大幅波动时主动推送解读，避免恐慌性操作', 'When markets swing sharply, send an explanation proactively to head off panic selling'),
  ],
  channels: [CHANNELS.managerPhone, CHANNELS.push, CHANNELS.research],
  cadence: text('每季度一次定期回访', 'A scheduled call every quarter'),
  products: [PRODUCTS.conservativePortfolio, PRODUCTS.indexPlan, PRODUCTS.bondHeavyHybrid],
  kpis: [text('定投计划持续率', 'Investment plans still running'), text('回访完成率', 'Follow-up calls completed'), text('客户资产留存率', 'Client asset retention')],
};

const professionalNeeds: Playbook = {
  key: 'professional-needs',
  title: text('专业投资需求客户', 'Clients with professional needs'),
  audience: [{ kind: 'factor', factor: 'needs', min: FACTOR_BANDS.needsHigh }],
  actions: [
    text('提供投资顾问服务与深度研究报告', 'Provide investment-adviser service and in-depth research'),
    text('开放专业投研工具与数据终端', 'Open professional research tools and data terminals'),
    text('邀请参加上市公司调研与投资策略会', 'Invite the client to company visits and strategy seminars'),
    text('符合条件的，协助申请专业投资者认定', 'Help eligible clients apply for professional-investor status (专业投资者认定)'),
  ],
  channels: [CHANNELS.managerWeCom, CHANNELS.research, CHANNELS.events],
  cadence: text('每周一次研报推送，每月一次投顾沟通', 'Research every week; an adviser conversation every month'),
  products: [PRODUCTS.assetManagementPlan, PRODUCTS.privateFund],
  kpis: [text('投顾服务签约率', 'Advisory sign-ups'), text('研报阅读率', 'Research read rate')],
};

const basicNeeds: Playbook = {
  key: 'basic-needs',
  title: text('基础理财需求客户', 'Clients with basic needs'),
  audience: [{ kind: 'factor', factor: 'needs', max: FACTOR_BANDS.needsLow }],
  actions: [
    text('提供简明的理财规划与现金管理建议', 'Give simple financial planning and cash-management advice'),
    text('推荐货币基金等流动性好的基础产品', 'Suggest liquid basic products such as money-market funds'),
    text('推送通俗易懂的投资者教育与防诈骗提示', 'Send plain-language investor education and anti-fraud tips'),
  ],
  channels: [CHANNELS.app, CHANNELS.push, CHANNELS.live],
  cadence: text('每季度一次推送', 'A message every quarter'),
  products: [PRODUCTS.moneyMarket, PRODUCTS.bondFund],
  kpis: [text('投教内容触达率', 'Investor-education reach')],
};

const highRisk: Playbook = {
  key: 'high-risk',
  title: text('高风险偏好客户', 'High risk appetite'),
  audience: [{ kind: 'factor', factor: 'risk', min: FACTOR_BANDS.riskHigh }],
  actions: [
    text('在适当性匹配前提下推荐较高风险产品：股票型基金、偏股混合基金', 'Within the client\'s suitability, suggest higher-risk products: equity and equity-heavy hybrid funds'),
    text('符合准入条件的，介绍融资融券、股票期权业务，并完成适当性评估与知识测试', 'For eligible clients, present margin trading (两融) and stock options and complete the suitability assessment and knowledge test'),
    text('风险提示：杠杆交易会放大亏损；期权买方可能损失全部权利金，卖方损失可能远超权利金', 'Risk warning (风险提示): leverage magnifies losses; an option buyer can lose the whole premium and a seller far more'),
    text('监控持仓集中度与维持担保比例，触及预警线及时提醒', 'Watch concentration and the margin maintenance ratio, and warn the client as soon as a warning line is reached'),
    text('每年复核风险测评；风险承受能力下降时停止推荐高风险产品', 'Redo the risk assessment every year; stop suggesting high-risk products if the client\'s tolerance falls'),
  ],
  channels: [CHANNELS.managerPhone, CHANNELS.push],
  cadence: text('每月一次持仓风险沟通；预警实时通知', 'A conversation about holdings risk every month; warnings in real time'),
  products: [PRODUCTS.equityHeavyHybrid, PRODUCTS.equityFund, PRODUCTS.marginTrading, PRODUCTS.stockOptions],
  kpis: [text('风险揭示签署率', 'Risk disclosures signed'), text('适当性匹配合规率', 'Suitability compliance'), text('两融预警处置及时率', 'Margin warnings handled on time')],
};

const lowRisk: Playbook = {
  key: 'low-risk',
  title: text('低风险偏好客户', 'Low risk appetite'),
  audience: [{ kind: 'factor', factor: 'risk', max: FACTOR_BANDS.riskLow }],
  actions: [
    text('推荐低风险产品：货币基金、国债逆回购、债券基金', 'Suggest low-risk products: money-market funds, treasury reverse repos (国债逆回购), bond funds'),
    text('沟通以本金安全与流动性管理为主，但不承诺保本保收益', 'Put capital preservation and liquidity first, without ever promising principal or returns'),
    text('风险提示：债券基金净值也会波动，过往业绩不代表未来表现', 'Risk warning (风险提示): bond funds\' values move too, and past performance is no guide to the future'),
    text('不主动推荐超出其风险承受能力的产品；客户坚持购买时出具风险警示并留痕', 'Never suggest products above the client\'s risk tolerance; if the client insists, issue a written risk warning and keep the record'),
  ],
  channels: [CHANNELS.managerPhone, CHANNELS.push],
  cadence: text('每季度一次回访；产品到期前提醒', 'A call every quarter; a reminder before products mature'),
  products: [PRODUCTS.moneyMarket, PRODUCTS.reverseRepo, PRODUCTS.pureBondFund, PRODUCTS.principalNote],
  kpis: [text('低风险产品持有率', 'Clients holding low-risk products'), text('投诉率', 'Complaint rate'), text('适当性匹配合规率', 'Suitability compliance')],
};

const highLoyalty: Playbook = {
  key: 'high-loyalty',
  title: text('高忠诚度客户', 'Loyal clients'),
  audience: [{ kind: 'factor', factor: 'loyalty', min: FACTOR_BANDS.loyaltyHigh }],
  actions: [
    text('提供增值服务：深度研究报告、投资策略会、专属客户活动', 'Offer value-added services (增值服务): in-depth research, strategy seminars and client events'),
    text('按服务年限与贡献给予佣金优惠或费率复核', 'Grant fee discounts or a fee review by tenure and contribution'),
    text('推出推荐有礼计划，鼓励推荐亲友开户', 'Run a referral programme that rewards introducing friends and family'),
    text('开户周年与生日关怀', 'Send greetings on account anniversaries and birthdays'),
  ],
  channels: [CHANNELS.managerWeCom, CHANNELS.events, CHANNELS.research],
  cadence: text('每月一次资讯推送；每年至少一次活动邀请', 'Research every month; at least one event invitation a year'),
  kpis: [text('推荐开户数', 'Referred accounts opened'), text('增值服务使用率', 'Use of value-added services'), text('客户净推荐值（NPS）', 'Net promoter score (NPS)')],
};

const lowLoyalty: Playbook = {
  key: 'low-loyalty',
  title: text('低忠诚度客户挽留', 'Client retention (low loyalty)'),
  audience: [{ kind: 'factor', factor: 'loyalty', max: FACTOR_BANDS.loyaltyLow }],
  actions: [
    text('客户经理主动联系，了解不满意之处与流失风险', 'Have the account manager call to learn what the client is unhappy with and how likely they are to leave'),
    text('针对性提供挽留措施：佣金优惠、新客专享产品、资讯服务体验', 'Offer targeted retention measures (挽留措施): fee discounts, new-client products, a research trial'),
    text('排查并修复服务问题，跟进投诉直至办结', 'Find and fix service problems and follow every complaint through to closure'),
    text('监测资产转出、销户预约等流失信号，出现即回访', 'Watch for churn signals (assets moved out, account-closing requests) and call back when one appears'),
  ],
  channels: [CHANNELS.managerPhone, CHANNELS.push],
  cadence: text('识别后 7 天内首次联系，之后每月跟进，持续 3 个月', 'First contact within 7 days of being flagged, then monthly for 3 months'),
  products: [PRODUCTS.newClientProduct],
  kpis: [text('挽留成功率', 'Retention success rate'), text('资产转出金额', 'Assets moved out'), text('投诉办结率', 'Complaints closed')],
};

/** The default model's tiers, each composed from the factor playbooks. */
function tierPlaybooks(): Playbook[] {
  return [
    composePlaybook({ key: 'tier-diamond', title: text('钻石客户服务方案', 'Diamond client service plan'),
      audience: [{ kind: 'tier', names: ['钻石', 'Diamond'] }] }, [hnw, highLoyalty]),
    composePlaybook({ key: 'tier-gold', title: text('黄金客户服务方案', 'Gold client service plan'),
      audience: [{ kind: 'tier', names: ['黄金', 'Gold'] }],
      leadActions: [
        text('由客户经理团队提供专属服务，重要诉求 48 小时内响应', 'Serve the client through an account-manager team; answer important requests within 48 hours'),
        text('每月推送投资策略月报与资产配置建议', 'Send the monthly investment-strategy report and allocation suggestions'),
      ],
      cadence: text('每月一次主动联系，每半年一次资产检视', 'Proactive contact every month; an asset review every six months'),
      followUpDays: 30, dedicatedManager: false },
    [lowFrequency, highLoyalty]),
    composePlaybook({ key: 'tier-silver', title: text('白银客户服务方案', 'Silver client service plan'),
      audience: [{ kind: 'tier', names: ['白银', 'Silver'] }] }, [growth, lowFrequency]),
    composePlaybook({ key: 'tier-standard', title: text('普通客户服务方案', 'Standard client service plan'),
      audience: [{ kind: 'tier', names: ['普通', 'Standard'] }] }, [ordinary]),
  ];
}

/**
 * A fresh copy of the default playbooks: the four tier playbooks first, then the rank fallbacks (高净值 for the
 * top tier, 潜力客户培育 for middle tiers, 普通 for the bottom), then the factor playbooks.
 */
export function createDefaultPlaybooks(): Playbook[] {
  const playbooks = [...tierPlaybooks(), hnw, growth, ordinary, highFrequency, lowFrequency, professionalNeeds, basicNeeds, highRisk, lowRisk, highLoyalty, lowLoyalty];
  return JSON.parse(JSON.stringify(playbooks)) as Playbook[];
}

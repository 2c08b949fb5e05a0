// Investor suitability (投资者适当性): risk levels, the C × R matching rule, professional investors, the product catalog.
export * from './riskLevels';
export * from './threeValued';
export * from './suitabilityRules';
export * from './assessSuitability';
export * from './productFilter';
export * from './professionalInvestor';
export * from './investorType';
export * from './suitabilityLabels';
export * from './productCatalog';
export * from './clientSuitability';
export * from './suitabilityColumns';

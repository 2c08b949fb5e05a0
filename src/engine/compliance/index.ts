export * from './complianceOptions';
export * from './assessmentCurrency';
export * from './findingKinds';
export * from './complianceState';
export * from './clientCompliance';
export * from './complianceOutput';
export * from './complianceForPlan';

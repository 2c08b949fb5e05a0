// The tracking loop (实施和跟踪): account managers, the follow-up plan, the service log and the effect evaluation.
export * from './trackingKeys';
export * from './sheetProblem';
export * from './rosterLabels';
export * from './managerRoster';
export * from './proposeManagers';
export * from './managerLoadSheet';
export * from './managerOutput';
export * from './followUpPlan';
export * from './serviceLog';
export * from './trackingLabels';
export * from './trackingPlan';
export * from './watchlist';
export * from './trackingReads';

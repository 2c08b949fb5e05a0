// Tier migration between runs (等级迁移): change marks, the from × to matrix and its sheet, what-if comparison.
export * from './tierMigration';
export * from './migrationLabels';
export * from './previousTiers';
export * from './migrationSheet';
export * from './migrationColumns';
export * from './compareScenarios';

// Service strategies (服务策略): playbook templates, their editable sheet, and the strategy sheets of the output plan.
export * from './playbook';
export * from './audienceRule';
export * from './playbookMatch';
export * from './composePlaybook';
export * from './defaultPlaybooks';
export * from './sheetName';
export * from './strategyLabels';
export * from './strategyTemplatesSheet';
export * from './strategySheets';

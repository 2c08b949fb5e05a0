// Client segments (客户画像): one tag per dimension, and the four-group preset with its summary sheet.
export * from './segmentRules';
export * from './segmentLabels';
export * from './dimensionValues';
export * from './dimensionFlags';
export * from './segmentTags';
export * from './segmentGroups';
export * from './segmentColumns';
export * from './segmentGroupSheet';

export { createFakeExcel, FakeExcel, SheetInspector } from './fakeExcel';
export type { ChangedEventOptions, FailOnSync, FakeExcelOptions, SeedCell, SeedSheet } from './fakeExcel';
export type { FakeMetrics } from './context';
export { FakeOfficeError, isFakeOfficeError } from './errors';
export { FORMULA_PLACEHOLDER } from './cellValue';
export type { CellValue } from './cellValue';
export { jsonByteLength } from './jsonSize';

/**
 * The only way workbook code reaches Excel: production injects
 * `{ run: Excel.run, isSetSupported: (s, v) => Office.context.requirements.isSetSupported(s, v) }`,
 * tests inject the fake from test/fake-excel.
 */
export interface ExcelHost {
  /** `options` only when the caller checked their requirement set (mergeUndoGroup: ExcelApi 1.20). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T>;
  isSetSupported(set: 'ExcelApi', version: string): boolean;
}

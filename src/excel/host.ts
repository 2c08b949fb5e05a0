/**
 * The only way workbook code reaches Excel: production injects
 * `{ run: Excel.run, isSetSupported: (s, v) => Office.context.requirements.isSetSupported(s, v) }`,
 * tests inject the fake from test/fake-excel.
 */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(set: 'ExcelApi', version: string): boolean;
}

/* The preview page's own labels (the pane has its own catalog in src/taskpane/i18n.ts), in zh-CN and en-US. */
import type { Locale } from '../src/engine';

export interface PreviewStrings {
  readonly paneRegion: string;
  readonly workbookRegion: string;
  readonly sheetTabs: string;
  readonly sheetTable: (sheet: string) => string;
  readonly nameBox: string;
  readonly formulaBar: string;
  readonly emptySheet: string;
  readonly shown: (rows: string, columns: string, usedRows: string, usedColumns: string) => string;
  readonly pivots: string;
  readonly charts: string;
  readonly chartLine: (title: string, type: string, source: string) => string;
  readonly loadFailed: (reason: string) => string;
}

const zhCN: PreviewStrings = {
  paneRegion: 'TierBook 任务窗格',
  workbookRegion: '模拟工作簿（只读视图）',
  sheetTabs: '工作表',
  sheetTable: (sheet) => `工作表 ${sheet}`,
  nameBox: '名称框',
  formulaBar: '编辑栏',
  emptySheet: '此工作表为空。',
  shown: (rows, columns, usedRows, usedColumns) => `显示前 ${rows} 行 × ${columns} 列（已用区域 ${usedRows} 行 × ${usedColumns} 列）`,
  pivots: '数据透视表',
  charts: '图表',
  chartLine: (title, type, source) => `「${title}」${type}，数据源 ${source}`,
  loadFailed: (reason) => `预览无法加载示例工作簿：${reason}`,
};

const enUS: PreviewStrings = {
  paneRegion: 'TierBook task pane',
  workbookRegion: 'Simulated workbook (read-only view)',
  sheetTabs: 'Sheets',
  sheetTable: (sheet) => `Sheet ${sheet}`,
  nameBox: 'Name box',
  formulaBar: 'Formula bar',
  emptySheet: 'This sheet is empty.',
  shown: (rows, columns, usedRows, usedColumns) => `First ${rows} rows × ${columns} columns shown (used range ${usedRows} rows × ${usedColumns} columns)`,
  pivots: 'PivotTables',
  charts: 'Charts',
  chartLine: (title, type, source) => `"${title}" ${type}, data ${source}`,
  loadFailed: (reason) => `The preview could not load the sample workbook: ${reason}`,
};

export const PREVIEW_STRINGS: Readonly<Record<Locale, PreviewStrings>> = { 'zh-CN': zhCN, 'en-US': enUS };

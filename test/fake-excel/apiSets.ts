/**
 * Minimum ExcelApi requirement set of each fake member, copied from the `[Api set: ExcelApi x.y]`
 * remarks in @types/office-js. A key is either "Type" (default for all of the type's members) or
 * "Type.member". Anything not listed is ExcelApi 1.1. Real office.js throws ApiNotFound synchronously
 * when a member above the host's supported set is touched (Utility.throwIfApiNotSupported).
 */
const MIN_VERSION: Record<string, string> = {
  'Range.columnHidden': '1.2',
  'Range.rowHidden': '1.2',
  'Range.getResizedRange': '1.2',
  'Range.getUsedRange': '1.2',
  'Range.getUsedRangeOrNullObject': '1.4',
  'Range.conditionalFormats': '1.6',
  'Range.dataValidation': '1.8',
  'Range.getSurroundingRegion': '1.7',
  'Range.isEntireColumn': '1.7',
  'Range.isEntireRow': '1.7',
  'Range.getTables': '1.9',
  'RangeFormat.autofitColumns': '1.2',
  'RangeFormat.autofitRows': '1.2',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.rowHeight': '1.2',
  'Worksheet.getUsedRange': '1.2',
  'Worksheet.protection': '1.2',
  'Worksheet.pivotTables': '1.3',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.onChanged': '1.7',
  'Worksheet.tabColor': '1.7',
  'Worksheet.freezePanes': '1.7',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetCollection.getCount': '1.4',
  'WorksheetCollection.onChanged': '1.9',
  WorksheetProtection: '1.2',
  WorksheetFreezePanes: '1.7',
  'Workbook.pivotTables': '1.3',
  'Workbook.protection': '1.7',
  'Workbook.readOnly': '1.8',
  WorkbookProtection: '1.7',
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'Application.suspendScreenUpdatingUntilNextSync': '1.9',
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'NamedItemCollection.getCount': '1.4',
  'NamedItem.delete': '1.4',
  'NamedItem.getRangeOrNullObject': '1.4',
  'NamedItem.comment': '1.4',
  'NamedItem.formula': '1.7',
  'TableCollection.getItemOrNullObject': '1.4',
  'TableCollection.getCount': '1.4',
  'TableColumnCollection.getItemOrNullObject': '1.4',
  'TableColumnCollection.getCount': '1.4',
  'TableRowCollection.getCount': '1.4',
  'Table.worksheet': '1.2',
  PivotTableCollection: '1.3',
  'PivotTableCollection.add': '1.8',
  'PivotTableCollection.getItemOrNullObject': '1.4',
  'PivotTableCollection.getCount': '1.4',
  PivotTable: '1.3',
  'PivotTable.hierarchies': '1.8',
  'PivotTable.rowHierarchies': '1.8',
  'PivotTable.columnHierarchies': '1.8',
  'PivotTable.dataHierarchies': '1.8',
  'PivotTable.layout': '1.8',
  'PivotTable.delete': '1.8',
  PivotHierarchyCollection: '1.8',
  PivotHierarchy: '1.8',
  RowColumnPivotHierarchyCollection: '1.8',
  RowColumnPivotHierarchy: '1.8',
  DataPivotHierarchyCollection: '1.8',
  DataPivotHierarchy: '1.8',
  PivotLayout: '1.8',
  'ChartCollection.getItemOrNullObject': '1.4',
  'ChartCollection.getCount': '1.4',
  DataValidation: '1.8',
  ConditionalFormatCollection: '1.6',
  ConditionalFormat: '1.6',
  ColorScaleConditionalFormat: '1.6',
  Runtime: '1.5',
  'Runtime.enableEvents': '1.8',
};

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function minimumVersion(typeName: string, member: string): string {
  return MIN_VERSION[`${typeName}.${member}`] ?? MIN_VERSION[typeName] ?? '1.1';
}

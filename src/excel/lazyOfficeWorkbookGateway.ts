/*
 * The Office.js gateway with its code in a chunk of its own, loaded at the first workbook call (the pane makes one
 * right after its first render): reading, writing, pivots and the model sheet's parser are not needed to draw the
 * first screen, and keeping them out of taskpane.js keeps the pane's initial JavaScript small (issue 10).
 */
import type { Locale } from '../engine';
import { displayLocale, officeDisplayLanguage } from './displayLocale';
import type { ExcelHost } from './host';
import type { OfficeGatewayOptions, OfficeWorkbookGateway } from './officeWorkbookGateway';

type Gateway = OfficeWorkbookGateway;

export function createLazyOfficeWorkbookGateway(host: ExcelHost, options: OfficeGatewayOptions = {}): Gateway {
  let loaded: Promise<Gateway> | undefined;
  const gateway = (): Promise<Gateway> => {
    loaded ??= import(/* webpackChunkName: "workbook" */ './officeWorkbookGateway').then((m) => m.createOfficeWorkbookGateway(host, options));
    // A chunk that failed to load is tried again at the next call.
    loaded.catch(() => { loaded = undefined; });
    return loaded;
  };
  const language = options.displayLanguage ?? officeDisplayLanguage;
  return {
    displayLocale: (): Locale => displayLocale(language),
    findClientTable: async () => (await gateway()).findClientTable(),
    readRows: async (source, onRows, opts) => (await gateway()).readRows(source, onRows, opts),
    writePlan: async (plan, opts) => (await gateway()).writePlan(plan, opts),
    readStoredModel: async () => (await gateway()).readStoredModel(),
    readStoredTemplates: async () => (await gateway()).readStoredTemplates(),
    readStoredJudgements: async () => (await gateway()).readStoredJudgements?.(),
    onStoredModelChanged: async (handler) => (await gateway()).onStoredModelChanged(handler),
    selectCell: async (sheetName, address) => (await gateway()).selectCell(sheetName, address),
    setModelSheetLocked: async (locked, password) => (await gateway()).setModelSheetLocked(locked, password),
    readPreviousTiers: async (source) => (await gateway()).readPreviousTiers(source),
    readPreviousComplianceStates: async (source) => (await gateway()).readPreviousComplianceStates?.(source),
    readTierBookColumn: async (key) => (await gateway()).readTierBookColumn?.(key),
    readTrackingSheets: async (opts) => (await gateway()).readTrackingSheets(opts),
    readSheetBlock: async (sheetName, firstRow, rowCount, columnCount) => (await gateway()).readSheetBlock?.(sheetName, firstRow, rowCount, columnCount) ?? [],
    readTierBookSheet: async (key, columnCount, opts) => (await gateway()).readTierBookSheet?.(key, columnCount, opts),
    removeTierBookOutput: async () => (await gateway()).removeTierBookOutput(),
    readRunLog: async () => (await gateway()).readRunLog(),
    activateSheet: async (sheetName) => (await gateway()).activateSheet(sheetName),
  };
}

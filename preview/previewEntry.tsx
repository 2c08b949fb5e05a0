/*
 * Preview entry: the real task pane, after the real (self-hosted) office.js has loaded, on the Office.js workbook
 * gateway over the fake Excel of test/fake-excel seeded with samples/clients.xlsx (sample.json, converted at build
 * time). Differences from src/taskpane/index.tsx: the ExcelHost is the fake's instead of Excel.run, the display
 * language and theme come from the query string (?lang=en-US, ?theme=dark, ?width=320), and the fake is exposed as
 * window.__tierbookFake for the end-to-end test (preview build only).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createOfficeWorkbookGateway } from '../src/excel/officeWorkbookGateway';
import { createFakeExcel, type SeedCell, type SeedSheet } from '../test/fake-excel';
import { syntheticClientSheet } from '../test/fake-excel/syntheticClients';
import { loadSample, type SampleWorkbook } from './loadSample';
import { restoredWorkbook, saveWorkbook } from './persistWorkbook';
import { exposeFake, PREVIEW_MARKS } from './previewGlobals';
import { PreviewPage } from './PreviewPage';
import { previewSettings } from './previewSettings';
import { PREVIEW_STRINGS } from './previewStrings';
import { notifyingHost, WorkbookChanges } from './workbookChanges';

const SAMPLE_URL = 'sample.json';

/** Resolves once office.js is ready; outside Office it still resolves, after office.js gives up finding a host. */
async function officeReady(): Promise<void> {
  if (typeof Office !== 'undefined') await Office.onReady();
  performance.mark(PREVIEW_MARKS.officeReady);
}

async function sampleReady(): Promise<SampleWorkbook> {
  const sample = await loadSample(SAMPLE_URL);
  performance.mark(PREVIEW_MARKS.sampleReady);
  return sample;
}

/** The synthetic sheet's name (?clients=N). */
const SYNTHETIC_SHEET = '客户清单';

function seedSheets(sample: SampleWorkbook, syntheticClients: number | undefined): Record<string, SeedCell[][] | SeedSheet> {
  if (syntheticClients !== undefined) return { [SYNTHETIC_SHEET]: syntheticClientSheet(syntheticClients) };
  return Object.fromEntries(sample.sheets.map((sheet) => [sheet.name, sheet.rows]));
}

async function start(container: HTMLElement): Promise<void> {
  const settings = previewSettings(window.location.search);
  try {
    const [, sample] = await Promise.all([officeReady(), sampleReady()]);
    // A reload of this tab reopens the workbook as it was left (values and names), like reopening a saved file.
    // Syncs resolve on a new task, as a round trip to Excel does: the main thread is free between them.
    const restored = restoredWorkbook();
    const fake = restored
      ? createFakeExcel({ sheets: restored.sheets, names: restored.names, syncYield: 'task' })
      : createFakeExcel({ sheets: seedSheets(sample, settings.syntheticClients), syncYield: 'task' });
    // Excel opens the workbook with A1 of the first sheet selected; the pane reads the table around the selection.
    fake.select(fake.sheetNames()[0], 'A1');
    window.addEventListener('pagehide', () => saveWorkbook(fake));
    const changes = new WorkbookChanges();
    const gateway = createOfficeWorkbookGateway(notifyingHost(fake.host, changes), { displayLanguage: () => settings.displayLanguage });
    exposeFake(fake);
    createRoot(container).render(
      <StrictMode>
        <PreviewPage fake={fake} changes={changes} gateway={gateway} locale={settings.locale} theme={settings.theme} paneWidth={settings.paneWidth} />
      </StrictMode>,
    );
  } catch (error) {
    container.textContent = PREVIEW_STRINGS[settings.locale].loadFailed(error instanceof Error ? error.message : String(error));
  }
}

const container = document.getElementById('container');
if (container) void start(container);

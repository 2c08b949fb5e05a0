/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import type { CellValue } from '../../src/engine';
import { SYNC_PREVIEW_CLIENTS } from '../../src/taskpane/hooks/useRunPreview';
import { clientRow, HEADERS, SHEET_NAME } from './clientGrid';
import { openTab, readClientTable, renderPane } from './renderPane';

// Above SYNC_PREVIEW_CLIENTS the Run step's outline is composed in pieces after the render (issue 10): it still
// arrives, and says what the plan writes, as the one composed in render does for a small table.
const CLIENTS = SYNC_PREVIEW_CLIENTS + 1;

it('the Run step of a large table shows what will be written once the outline is composed in pieces', async () => {
  const grid: CellValue[][] = [HEADERS, ...Array.from({ length: CLIENTS }, (_, i) => clientRow(i))];
  await renderPane({ grid });
  await readClientTable(`Sheet "${SHEET_NAME}" A1:I${CLIENTS + 1}, ${(CLIENTS + 1).toLocaleString('en-US')} rows`);
  await openTab('Run');
  expect(await screen.findByText(/^New columns on sheet "客户明细": Tier Score, Tier, Data Issues/u, {}, { timeout: 60_000 })).toBeInTheDocument();
  expect(screen.getByText(/^Sheets to write: Tier Model, Tier Summary, .*Run Log \(one row appended\), Service Log \(one row appended\), Follow-up Plan, Retention Watchlist, Manager Load, Account Managers, Effect History \(\w+ rows? appended\), Effect Evaluation, Client Snapshot$/u)).toBeInTheDocument();
}, 180_000);

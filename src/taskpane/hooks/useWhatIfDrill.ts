/*
 * What the what-if drill-down needs from the pane: the baseline and current results, client names from the rows
 * already read, and "select this client's row" through the gateway's select-cell call (src/excel/selectCell.ts).
 */
import { useMemo, type Dispatch } from 'react';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import type { WhatIfDrill } from '../components/WhatIfView';
import { paneErrorMessage } from '../errors';
import { clientNameLookup } from '../pipeline/clientNames';
import type { PaneAction, PaneState } from '../state/paneState';
import type { Tiering } from './useTiering';

export function useWhatIfDrill(gateway: WorkbookGateway, state: PaneState, tiering: Tiering, dispatch: Dispatch<PaneAction>): WhatIfDrill | undefined {
  const { source, chunks, model } = state;
  const { layout, baseline } = tiering;
  const after = tiering.live?.result;
  const nameOf = useMemo(() => (chunks && layout ? clientNameLookup(chunks, layout, model) : undefined), [chunks, layout, model]);
  return useMemo(() => {
    if (!source || !baseline || !after || !nameOf) return undefined;
    const selectRow = (rowNumber: number): void => {
      // The whole row: the client's id, name and TierBook's columns all come into view.
      gateway.selectCell(source.sheetName, `${rowNumber}:${rowNumber}`).catch((error: unknown) => {
        dispatch({ type: 'notify', area: 'model', notice: { kind: 'error', message: paneErrorMessage(error) } });
      });
    };
    return { before: baseline, after, nameOf, selectRow };
  }, [gateway, source, baseline, after, nameOf, dispatch]);
}

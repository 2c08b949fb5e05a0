/*
 * The model sheet, kept in step with the pane: read once at start, and again whenever the sheet is edited
 * (onStoredModelChanged), so that a weight typed into the sheet shows up on the sliders.
 */
import { useCallback, useEffect } from 'react';
import type { StoredModel, WorkbookGateway } from '../../excel/workbookGateway';

export function useStoredModel(gateway: WorkbookGateway, onRead: (stored: StoredModel | undefined) => void, onError: (error: unknown) => void): () => Promise<void> {
  const refresh = useCallback(async (): Promise<void> => {
    try {
      onRead(await gateway.readStoredModel());
    } catch (error) {
      onError(error);
    }
  }, [gateway, onRead, onError]);

  useEffect(() => {
    let disposed = false;
    let stopListening: (() => Promise<void>) | undefined;
    void refresh();
    gateway.onStoredModelChanged(() => { if (!disposed) void refresh(); }).then(
      (stop) => { if (disposed) void stop().catch(() => undefined); else stopListening = stop; },
      (error: unknown) => { if (!disposed) onError(error); },
    );
    return () => {
      disposed = true;
      // Stopping can fail once the workbook is gone; nothing is left to clean up then.
      if (stopListening) void stopListening().catch(() => undefined);
    };
  }, [gateway, refresh, onError]);

  return refresh;
}

/*
 * Where the strategy templates come from, read each time the Output section is shown: the user edits the templates
 * sheet in Excel between visits, and a first run creates it.
 */
import { useEffect } from 'react';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { readTemplatesSource, type TemplatesSource } from '../pipeline/templatesSource';

export function useTemplatesSource(gateway: WorkbookGateway, active: boolean, onRead: (source: TemplatesSource) => void): void {
  useEffect(() => {
    if (!active) return undefined;
    let disposed = false;
    void readTemplatesSource(gateway).then((source) => { if (!disposed) onRead(source); });
    return () => { disposed = true; };
  }, [gateway, active, onRead]);
}

/*
 * Task pane entry: mounts <App /> once Office.js is ready, with the Office.js workbook gateway. The pane itself never
 * touches Office.js; this file only injects Excel.run into the gateway (the ExcelHost contract) and reads Office's theme.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ExcelHost } from '../excel/host';
import { createLazyOfficeWorkbookGateway } from '../excel/lazyOfficeWorkbookGateway';
import { App, type PaneTheme } from './App';
import { themeOfBackground } from './theme';

function officeHost(): ExcelHost {
  return {
    run: (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch)),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  };
}

/** Office's theme where the host has one (not in a plain browser). */
function officeTheme(): PaneTheme {
  try {
    return themeOfBackground(Office.context.officeTheme?.bodyBackgroundColor);
  } catch {
    return 'light';
  }
}

function mountApp(container: HTMLElement, theme: PaneTheme): void {
  createRoot(container).render(
    <StrictMode>
      <App gateway={createLazyOfficeWorkbookGateway(officeHost())} theme={theme} />
    </StrictMode>,
  );
}

const container = document.getElementById('container');
if (container) {
  // Outside Office (the headless preview) Office.onReady still resolves once office.js has loaded;
  // without office.js at all (a plain static server) the UI mounts straight away.
  if (typeof Office === 'undefined') mountApp(container, 'light');
  else void Office.onReady(() => mountApp(container, officeTheme()));
}

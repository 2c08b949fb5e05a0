/*
 * Task pane entry: mounts <App /> once Office.js is ready. Kept minimal on purpose; the UI lives in ./App.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

function mountApp(container: HTMLElement): void {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const container = document.getElementById('container');
if (container) {
  // Outside Office (the headless preview) Office.onReady still resolves once office.js has loaded;
  // without office.js at all (a plain static server) the UI mounts straight away.
  if (typeof Office === 'undefined') mountApp(container);
  else void Office.onReady(() => mountApp(container));
}

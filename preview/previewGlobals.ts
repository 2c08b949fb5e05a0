/*
 * What the preview page exposes to the browser end-to-end test and the first-render bench. These exist only in the
 * preview build (preview/): the add-in (src/taskpane/index.tsx) exposes nothing on window.
 */
import type { FakeExcel } from '../test/fake-excel';

/** performance.mark names, measured from navigation start (scripts/bench/firstRenderBench.js reads them). */
export const PREVIEW_MARKS = {
  officeReady: 'tierbook:office-ready',
  sampleReady: 'tierbook:sample-ready',
  paneRendered: 'tierbook:pane-rendered',
} as const;

declare global {
  interface Window {
    /** The fake Excel behind the preview's pane, for page.evaluate() inspection; preview build only. */
    __tierbookFake?: FakeExcel;
  }
}

/** Makes the fake reachable as window.__tierbookFake. */
export function exposeFake(fake: FakeExcel): void {
  window.__tierbookFake = fake;
}

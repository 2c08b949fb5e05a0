import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import { act, configure, fireEvent, render, screen, type RenderResult } from '@testing-library/react';
import { createDefaultModel, type CellValue, type Locale, type TierModel } from '../../src/engine';
import { App } from '../../src/taskpane/App';
import { preloadCharts } from '../../src/taskpane/components/charts/lazyCharts';
import { preloadSections } from '../../src/taskpane/components/lazySections';
import { clientGrid, SHEET_NAME } from './clientGrid';
import { MemoryGateway } from './memoryGateway';

// Role queries skip their visibility check (getComputedStyle, slow in jsdom); the pane renders only the active tab,
// so nothing hidden can be matched by mistake. Async queries wait up to 5 s: the test machine is shared.
configure({ defaultHidden: true, asyncUtilTimeout: 5000 });

// jsdom has no canvas: Fluent's charts measure text with one and fall back to estimates when there is none.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

/**
 * Griffel's CSS goes into a detached document: jsdom's getComputedStyle walks every rule of the page's style sheets,
 * which made each accessible-name lookup take seconds. The components and their classes are unchanged.
 */
function withDetachedStyles(children: JSX.Element): JSX.Element {
  const styleDocument = document.implementation.createHTMLDocument('griffel');
  return <RendererProvider renderer={createDOMRenderer(styleDocument)} targetDocument={document}>{children}</RendererProvider>;
}

export interface PaneOptions {
  readonly locale?: Locale;
  /** The model sheet's model; the default model unless null (no model sheet). */
  readonly stored?: TierModel | null;
  /** Passed to App instead of relying on the gateway's display language. */
  readonly initialLocale?: Locale;
  readonly progressDelayMs?: number;
  /** The worksheet; default the test sheet of clientGrid.ts. */
  readonly grid?: CellValue[][];
}

/**
 * The pane on the test sheet, with its gateway, once its start-up reads (model sheet, change listener) have
 * settled inside act(). Microtasks only, so that it also works under fake timers.
 */
export async function renderPane(options: PaneOptions = {}): Promise<RenderResult & { gateway: MemoryGateway }> {
  const gateway = new MemoryGateway({
    sheetName: SHEET_NAME, grid: options.grid ?? clientGrid(), locale: options.locale ?? 'en-US',
    storedModel: options.stored === null ? undefined : options.stored ?? createDefaultModel(),
  });
  // The tabs and charts are chunks the pane loads after its first render; here they are there before it.
  await preloadSections();
  await preloadCharts();
  const result = render(withDetachedStyles(<App gateway={gateway} initialLocale={options.initialLocale} progressDelayMs={options.progressDelayMs ?? 0} />));
  await act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });
  return { ...result, gateway };
}

/** Clicks "Read client table" and waits for the source summary (by default the test sheet's). */
export async function readClientTable(summary = `Sheet "${SHEET_NAME}" B1:J44, 44 rows`): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Read client table' }));
  await screen.findByText(summary);
}

/**
 * Fluent's Tab repeats its label in a space-reserving span (hidden by CSS), hence the prefix match. The tab's
 * indicator moves on the next animation frame, which is let run inside act().
 */
export async function openTab(name: string): Promise<void> {
  fireEvent.click(screen.getByRole('tab', { name: new RegExp(`^${name}`, 'u') }));
  await act(async () => {
    await new Promise<void>((resolve) => { requestAnimationFrame(() => resolve()); });
  });
}

/** Opens the Model tab's menu of file actions and the lock, and clicks `item` in it. */
export async function chooseModelMenuItem(item: string, menu = 'Model file and lock'): Promise<void> {
  // The menu is loaded lazily (its own chunk): it appears a moment after the Model tab.
  fireEvent.click(await screen.findByRole('button', { name: menu }));
  fireEvent.click(await screen.findByRole('menuitem', { name: item }));
}

/*
 * What the first screen (the Data tab before a read) does not show, as separate chunks: the other tabs, the Data
 * tab's mapping table and quality panel, and the Toaster. They load in the background once the pane has rendered
 * (preloadSections), or when first shown, so the pane's initial JavaScript stays small (issue 10, ≤ 169 KB gzip).
 */
import { Spinner } from '@fluentui/react-components';
import { Suspense, type ComponentProps, type ReactNode } from 'react';
import { preloadable } from './preloadable';

const model = preloadable(() => import(/* webpackChunkName: "model-tab" */ './ModelSection').then((m) => m.ModelSection));
const output = preloadable(() => import(/* webpackChunkName: "output-tab" */ './OutputSection').then((m) => m.OutputSection));
const run = preloadable(() => import(/* webpackChunkName: "run-tab" */ './RunSection').then((m) => m.RunSection));
const mapping = preloadable(() => import(/* webpackChunkName: "data-details" */ './ColumnMappingTable').then((m) => m.ColumnMappingTable));
const quality = preloadable(() => import(/* webpackChunkName: "data-details" */ './DataQualityPanel').then((m) => m.DataQualityPanel));
const compliance = preloadable(() => import(/* webpackChunkName: "compliance-view" */ './ComplianceView').then((m) => m.ComplianceView));
const tracking = preloadable(() => import(/* webpackChunkName: "tracking-view" */ './TrackingView').then((m) => m.TrackingView));
const sensitivity = preloadable(() => import(/* webpackChunkName: "sensitivity" */ './SensitivityPanel').then((m) => m.SensitivityPanel));
const toaster = preloadable(() => import(/* webpackChunkName: "toaster" */ './PaneToaster').then((m) => m.PaneToaster));

export const LazyModelSection = model.Component;
export const LazyOutputSection = output.Component;
export const LazyRunSection = run.Component;

/** Fetches every deferred chunk; resolves once all have loaded or failed (a failure shows where the part is used). */
export async function preloadSections(): Promise<void> {
  await Promise.all([model, output, run, mapping, quality, compliance, tracking, sensitivity, toaster].map((part) => part.preload()));
}

/** A spinner while a tab's chunk loads (only when it is opened before the background load finished). */
export function SectionFallback({ children }: { children: ReactNode }): JSX.Element {
  return <Suspense fallback={<Spinner size="small" />}>{children}</Suspense>;
}

export function ColumnMappingTable(props: ComponentProps<typeof mapping.Component>): JSX.Element {
  return <Suspense fallback={<Spinner size="tiny" />}><mapping.Component {...props} /></Suspense>;
}

export function DataQualityPanel(props: ComponentProps<typeof quality.Component>): JSX.Element {
  return <Suspense fallback={<Spinner size="tiny" />}><quality.Component {...props} /></Suspense>;
}

/** The Model tab's collapsed sensitivity section (issue 12 item 5), in a chunk of its own with the analyses' engine code. */
export function SensitivityPanel(props: ComponentProps<typeof sensitivity.Component>): JSX.Element {
  return <Suspense fallback={null}><sensitivity.Component {...props} /></Suspense>;
}

export function PaneToaster(props: ComponentProps<typeof toaster.Component>): JSX.Element {
  return <Suspense fallback={null}><toaster.Component {...props} /></Suspense>;
}

/** The Run tab's compliance counts and the check of the last run (issue 13). */
export function ComplianceView(props: ComponentProps<typeof compliance.Component>): JSX.Element {
  return <Suspense fallback={<Spinner size="tiny" />}><compliance.Component {...props} /></Suspense>;
}

/** The Run tab's follow-up view: due and overdue per tier and per manager, and the watchlist (issue 11 item 6). */
export function TrackingView(props: ComponentProps<typeof tracking.Component>): JSX.Element {
  return <Suspense fallback={<Spinner size="tiny" />}><tracking.Component {...props} /></Suspense>;
}

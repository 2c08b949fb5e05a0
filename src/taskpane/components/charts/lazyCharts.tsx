/*
 * The charts load as one chunk ("charts": @fluentui/react-charts and d3) after the first screen. Until then, and if
 * the chunk cannot load or draw, the text beside each chart already says everything it shows.
 */
import { Component, Suspense, type ComponentProps, type ReactNode } from 'react';
import { preloadable } from '../preloadable';

const bars = preloadable(() => import(/* webpackChunkName: "charts" */ './TierBars').then((m) => m.TierBars));
const heatMap = preloadable(() => import(/* webpackChunkName: "charts" */ './WhatIfHeatMap').then((m) => m.WhatIfHeatMap));

/** Loads the charts' chunk in the background. */
export async function preloadCharts(): Promise<void> {
  await Promise.all([bars.preload(), heatMap.preload()]);
}

/** A chart that fails to load or draw leaves its text alternative alone on screen, instead of breaking the pane. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

export function TierBarsChart(props: ComponentProps<typeof bars.Component>): JSX.Element {
  return <ChartBoundary><Suspense fallback={null}><bars.Component {...props} /></Suspense></ChartBoundary>;
}

export function WhatIfHeatMapChart(props: ComponentProps<typeof heatMap.Component>): JSX.Element {
  return <ChartBoundary><Suspense fallback={null}><heatMap.Component {...props} /></Suspense></ChartBoundary>;
}

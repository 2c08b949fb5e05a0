/*
 * The tier distribution as Fluent's own chart (@fluentui/react-charts GroupedVerticalBarChart): per tier, the
 * baseline's count as a pale "ghost" bar beside the current count in the tier's colour. Counts and changes are in the
 * list under the chart (labels on bars side by side overlap at 320 px).
 * Loaded as a chunk of its own (lazyCharts.tsx); the text list beside it in DistributionChart carries the same figures
 * for screen readers and for the narrowest panes.
 */
import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from '@fluentui/react-charts';
import { useState } from 'react';
import { useMouseOnlyChart } from './useMouseOnlyChart';

/** The chart's height in px: compact, as it sits in the Model tab's sticky header. */
export const TIER_BARS_HEIGHT = 140;

export interface TierBar {
  readonly name: string;
  readonly count: number;
  readonly colour: string;
  /** The baseline's count of this tier, when there is a baseline. */
  readonly baselineCount?: number;
}

export interface TierBarsProps {
  readonly bars: readonly TierBar[];
  readonly title: string;
  readonly currentLegend: string;
  readonly baselineLegend: string;
  readonly ghostColour: string;
  readonly culture: string;
}

export function TierBars({ bars, title, currentLegend, baselineLegend, ghostColour, culture }: TierBarsProps): JSX.Element {
  const data: GroupedVerticalBarChartData[] = bars.map((bar) => ({
    name: bar.name,
    series: [
      ...(bar.baselineCount !== undefined ? [{ key: 'baseline', data: bar.baselineCount, legend: baselineLegend, color: ghostColour }] : []),
      { key: 'current', data: bar.count, legend: currentLegend, color: bar.colour },
    ],
  }));
  // The chart sizes itself to this box (its own default is 350 px high).
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  useMouseOnlyChart(box);
  // aria-hidden: the list under the chart is what screen readers and the keyboard get (useMouseOnlyChart.ts).
  return (
    <div ref={setBox} style={{ height: `${TIER_BARS_HEIGHT}px` }} aria-hidden="true">
    <GroupedVerticalBarChart
      parentRef={box}
      data={data}
      chartTitle={title}
      culture={culture}
      height={TIER_BARS_HEIGHT}
      hideLegend
      barWidth="auto"
      maxBarWidth={28}
      yAxisTickCount={3}
      roundCorners
      wrapXAxisLables
      // No value labels on the bars: side by side at 320 px they run into each other; the list under the chart has them.
      hideLabels
      // The last tier's name is centred under its bars and may be wider than them ("Standard" with 8 tiers at
      // 320 px ran 2.3 px past the pane): the right margin leaves it room.
      margins={{ left: 48, right: 20, top: 8, bottom: 28 }}
    />
    </div>
  );
}

/*
 * The tier distribution as Fluent's own chart (@fluentui/react-charts GroupedVerticalBarChart): per tier, the
 * baseline's count as a pale "ghost" bar beside the current count in the tier's colour, labelled with the change.
 * Loaded as a chunk of its own (lazyCharts.tsx); the text list beside it in DistributionChart carries the same figures
 * for screen readers and for the narrowest panes.
 */
import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from '@fluentui/react-charts';

export interface TierBar {
  readonly name: string;
  readonly count: number;
  readonly colour: string;
  /** The baseline's count of this tier, when there is a baseline. */
  readonly baselineCount?: number;
  /** "+12", "−3", "±0"; shown on the current bar when there is a baseline. */
  readonly change?: string;
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
      { key: 'current', data: bar.count, legend: currentLegend, color: bar.colour, barLabel: bar.change },
    ],
  }));
  return (
    <GroupedVerticalBarChart
      data={data}
      chartTitle={title}
      culture={culture}
      height={170}
      hideLegend
      barWidth="auto"
      maxBarWidth={28}
      yAxisTickCount={3}
      roundCorners
      wrapXAxisLables
      margins={{ left: 36, right: 8, top: 16, bottom: 28 }}
    />
  );
}

/*
 * The what-if matrix as Fluent's heat map (@fluentui/react-charts HeatMapChart): baseline tiers down, current tiers
 * across, darker for more clients; clicking a cell lists its clients (WhatIfView). Loaded as a chunk of its own.
 */
import { HeatMapChart, type HeatMapChartDataPoint } from '@fluentui/react-charts';

export interface HeatCell {
  readonly row: string;
  readonly column: string;
  readonly count: number;
  readonly text: string;
  readonly onClick: () => void;
}

export interface WhatIfHeatMapProps {
  readonly cells: readonly HeatCell[];
  readonly title: string;
  readonly legend: string;
  readonly colours: readonly [string, string];
  readonly culture: string;
}

export function WhatIfHeatMap({ cells, title, legend, colours, culture }: WhatIfHeatMapProps): JSX.Element {
  const max = cells.reduce((m, c) => Math.max(m, c.count), 1);
  const points: HeatMapChartDataPoint[] = cells.map((c) => ({ x: c.column, y: c.row, value: c.count, rectText: c.text, onClick: c.onClick }));
  return (
    <HeatMapChart
      data={[{ legend, value: max, data: points }]}
      chartTitle={title}
      culture={culture}
      domainValuesForColorScale={[0, max]}
      rangeValuesForColorScale={[...colours]}
      height={60 + 30 * new Set(cells.map((c) => c.row)).size}
      hideLegend
      margins={{ left: 56, right: 8, top: 8, bottom: 36 }}
      wrapXAxisLables
    />
  );
}

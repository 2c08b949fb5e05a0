/*
 * The what-if matrix as Fluent's heat map (@fluentui/react-charts HeatMapChart): baseline tiers down, current tiers
 * across, darker for more clients; clicking a cell lists its clients (WhatIfView). Loaded as a chunk of its own.
 */
import { HeatMapChart, type HeatMapChartDataPoint } from '@fluentui/react-charts';
import { useState } from 'react';
import { useMouseOnlyChart } from './useMouseOnlyChart';

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
  /** Row headings top to bottom (the chart would otherwise sort them bottom-up). */
  readonly rowOrder: readonly string[];
  readonly columnOrder: readonly string[];
}

export function WhatIfHeatMap({ cells, title, legend, colours, culture, rowOrder, columnOrder }: WhatIfHeatMapProps): JSX.Element {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  useMouseOnlyChart(box);
  const height = 56 + 28 * rowOrder.length;
  const max = cells.reduce((m, c) => Math.max(m, c.count), 1);
  const points: HeatMapChartDataPoint[] = cells.map((c) => ({ x: c.column, y: c.row, value: c.count, rectText: c.text, onClick: c.onClick }));
  return (
    // aria-hidden: the table of counts under it, a button per cell, is what screen readers and the keyboard get.
    <div ref={setBox} style={{ height: `${height}px` }} aria-hidden="true">
    <HeatMapChart
      parentRef={box}
      data={[{ legend, value: max, data: points }]}
      chartTitle={title}
      culture={culture}
      domainValuesForColorScale={[0, max]}
      rangeValuesForColorScale={[...colours]}
      height={height}
      yAxisCategoryOrder={[...rowOrder].reverse()}
      xAxisCategoryOrder={[...columnOrder]}
      hideLegend
      margins={{ left: 68, right: 8, top: 8, bottom: 36 }}
      wrapXAxisLables
    />
    </div>
  );
}

/** Fake charts: recorded (type, source range, series orientation, title, position), never rendered. */
import { formatAddress } from './address';
import { officeError } from './errors';
import { ContextInternals, ExecEnv, FakeCollection, FakeObject, LoadArg, Source, defineMembers } from './proxy';
import { FakeWorksheet, resolveRangeArg } from './sheetObjects';
import { ChartModel, SheetModel, sameName } from './workbookModel';

const makeChart = (ctx: ContextInternals, source: Source<ChartModel>): FakeChart => new FakeChart(ctx, source);

export class FakeChartCollection extends FakeCollection<SheetModel, ChartModel>
  implements Pick<Excel.ChartCollection, 'load' | 'items' | 'add' | 'getItem' | 'getItemOrNullObject' | 'getItemAt' | 'getCount'> {
  constructor(ctx: ContextInternals, source: Source<SheetModel>) {
    super(ctx, 'ChartCollection', source);
  }

  get items(): Excel.Chart[] {
    return this._read('items') as Excel.Chart[];
  }

  load(option?: LoadArg): Excel.ChartCollection {
    return this._load(option);
  }

  _itemEntities(sheet: SheetModel, env: ExecEnv): ChartModel[] {
    return env.model.charts.filter((c) => c.sheet === sheet);
  }

  _itemObject(chart: ChartModel): FakeObject<ChartModel> {
    return makeChart(this._ctx, { bound: chart });
  }

  add(type: Excel.ChartType | string, sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows'): Excel.Chart {
    return this._child(makeChart, 'add', [type, sourceData, seriesBy], (sheet, env) => {
      env.model.assertEditable(sheet, 'objects');
      if (typeof type !== 'string' || type === '' || type === 'Invalid') throw officeError('InvalidArgument', `chart type '${String(type)}'`);
      const chart: ChartModel = {
        id: env.model.newId('CHART'), name: env.model.nextObjectName('Chart', this._itemEntities(sheet, env), ' '), sheet, chartType: type,
        source: resolveRangeArg(sourceData, env, sheet), seriesBy: seriesBy ?? 'Auto', title: '', titleVisible: false, position: null,
        size: { top: 0, left: 0, height: 216, width: 360 },
      };
      env.model.journal.saveArray(env.model.charts);
      env.model.charts.push(chart);
      return chart;
    }) as unknown as Excel.Chart;
  }

  getItem(name: string): Excel.Chart {
    return this._child(makeChart, 'getItem', [name], (sheet, env) => this._itemEntities(sheet, env).find((c) => sameName(c.name, name)) ?? null) as unknown as Excel.Chart;
  }

  getItemOrNullObject(name: string): Excel.Chart {
    return this._child(makeChart, 'getItemOrNullObject', [name], (sheet, env) => this._itemEntities(sheet, env).find((c) => sameName(c.name, name)) ?? null, true) as unknown as Excel.Chart;
  }

  getItemAt(index: number): Excel.Chart {
    return this._child(makeChart, 'getItemAt', [index], (sheet, env) => this._itemEntities(sheet, env)[index] ?? null) as unknown as Excel.Chart;
  }
}

function chartEdit(env: ExecEnv, chart: ChartModel, change: Partial<ChartModel>): void {
  env.model.assertEditable(chart.sheet, 'objects');
  for (const [key, value] of Object.entries(change) as Array<[keyof ChartModel, never]>) env.model.journal.set(chart, key, value);
}

export class FakeChart extends FakeObject<ChartModel>
  implements Pick<Excel.Chart, 'load' | 'name' | 'id' | 'chartType' | 'top' | 'left' | 'height' | 'width' | 'title' | 'worksheet' | 'setPosition' | 'setData' | 'delete'> {
  declare name: string;
  declare readonly id: string;
  declare chartType: Excel.Chart['chartType'];
  declare top: number;
  declare left: number;
  declare height: number;
  declare width: number;
  declare readonly title: Excel.ChartTitle;
  declare readonly worksheet: Excel.Worksheet;

  constructor(ctx: ContextInternals, source: Source<ChartModel>) {
    super(ctx, 'Chart', source);
  }

  load(option?: LoadArg): Excel.Chart {
    return this._load(option);
  }

  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this._act('setPosition', [startCell, endCell], (chart, env) => {
      const start = resolveRangeArg(startCell, env, chart.sheet);
      const end = endCell === undefined ? null : resolveRangeArg(endCell, env, chart.sheet);
      chartEdit(env, chart, { position: { start: formatAddress(start.sheet.name, start.rect), end: end ? formatAddress(end.sheet.name, end.rect) : null } });
    });
  }

  setData(sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows'): void {
    this._act('setData', [sourceData, seriesBy], (chart, env) => chartEdit(env, chart, { source: resolveRangeArg(sourceData, env, chart.sheet), seriesBy: seriesBy ?? 'Auto' }));
  }

  delete(): void {
    this._act('delete', [], (chart, env) => {
      env.model.assertEditable(chart.sheet, 'objects');
      env.model.journal.saveArray(env.model.charts);
      env.model.charts.splice(env.model.charts.indexOf(chart), 1);
    });
  }
}

const sizeSpec = (key: 'top' | 'left' | 'height' | 'width') => ({
  get: (c: ChartModel) => c.size[key],
  set: (c: ChartModel, v: unknown, env: ExecEnv) => chartEdit(env, c, { size: { ...c.size, [key]: Number(v) } }),
});

defineMembers<ChartModel>(FakeChart, {
  name: {
    get: (c) => c.name,
    set: (c, v, env) => chartEdit(env, c, { name: String(v) }),
  },
  id: { get: (c) => c.id },
  chartType: { get: (c) => c.chartType, set: (c, v, env) => chartEdit(env, c, { chartType: String(v) }) },
  top: sizeSpec('top'),
  left: sizeSpec('left'),
  height: sizeSpec('height'),
  width: sizeSpec('width'),
}, {
  title: (self) => new FakeChartTitle(self._ctx, { parent: self, resolve: (env) => self._need(env), orNull: false, label: 'title', args: [] }),
  worksheet: (self) => new FakeWorksheet(self._ctx, { parent: self, resolve: (env) => self._need(env).sheet, orNull: false, label: 'worksheet', args: [] }),
});

export class FakeChartTitle extends FakeObject<ChartModel> implements Pick<Excel.ChartTitle, 'load' | 'text' | 'visible'> {
  declare text: string;
  declare visible: boolean;

  constructor(ctx: ContextInternals, source: Source<ChartModel>) {
    super(ctx, 'ChartTitle', source);
  }

  load(option?: LoadArg): Excel.ChartTitle {
    return this._load(option);
  }
}

defineMembers<ChartModel>(FakeChartTitle, {
  text: { get: (c) => c.title, set: (c, v, env) => chartEdit(env, c, { title: String(v), titleVisible: true }) },
  visible: { get: (c) => c.titleVisible, set: (c, v, env) => chartEdit(env, c, { titleVisible: v === true }) },
});

/** @jest-environment jsdom */
import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import { act, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { createDefaultModel, EFFECT_HISTORY_MARKER, historyHeader, serialOfIsoDate, type CellValue } from '../../src/engine';
import type { WorkbookGateway } from '../../src/excel/workbookGateway';
import { TrackingView } from '../../src/taskpane/components/TrackingView';
import { LocaleProvider } from '../../src/taskpane/localeContext';

configure({ defaultHidden: true, asyncUtilTimeout: 5000 });

const day = (iso: string): number => serialOfIsoDate(iso) ?? NaN;
const TODAY = day('2026-07-05');
const header = ['客户号', '客户姓名', '客户等级', '客户经理', '上次回访', '应回访日期', '优先级', '原因', '回访日期', '回访方式', '满意度'];
/** A follow-up plan as a manager left it: C001 done (4), C002 overdue, C003 due later, C004 unassigned and overdue. */
const plan: CellValue[][] = [['TierBook 回访计划'], ['TIERBOOK-FOLLOWUP', 1, '运行日期 2026-06-30'], ['说明'], [], header,
  ['C001', '张三', '钻石', '王芳', null, day('2026-06-30'), '高', '逾期', day('2026-07-01'), '电话', 4],
  ['C002', '李四', '钻石', '王芳', null, day('2026-07-01'), '中', '首次回访', null, null, null],
  ['C003', '王五', '黄金', '李雷', null, day('2026-07-20'), '低', '按计划', null, null, null],
  ['C004', '赵六', '黄金', null, null, day('2026-06-30'), '中', '首次回访', null, null, null]];
/** 效果历史 with two runs: 6 of 10 contacts (satisfaction 4 over 3 ratings), then 5 of 5 (5 over 2). */
const history: CellValue[][] = [[EFFECT_HISTORY_MARKER, 1, 'TierBook 效果历史'], historyHeader('zh-CN'),
  ['2026-06-30T09:00:00Z', day('2026-06-30'), '钻石', 3, 1e6, 3e5, 90, 4, 3, 0.75, 2, 4.5],
  ['2026-06-30T09:00:00Z', day('2026-06-30'), '黄金', 5, 1e6, 2e5, 70, 6, 3, 0.5, 1, 3],
  ['2026-07-31T09:00:00Z', day('2026-07-31'), '黄金', 5, 1e6, 2e5, 70, 5, 5, 1, 2, 5]];
const watch: CellValue[][] = [['TierBook 流失预警'], ['共 1 名客户'], [], ['客户号', '客户姓名', '客户等级', '客户经理', '资产', '预警原因'],
  ['C002', '李四', '钻石', '王芳', 3e6, '资产下降超过 30%']];

function renderView(gateway: WorkbookGateway, selected: string[], locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const runLog = { sheetName: '运行日志', rows: [], sheetsByMarker: {} };
  const styleDocument = document.implementation.createHTMLDocument('griffel');
  return render(
    <RendererProvider renderer={createDOMRenderer(styleDocument)} targetDocument={document}>
      <LocaleProvider locale={locale}>
        <TrackingView gateway={gateway} runLog={runLog} model={createDefaultModel()} today={TODAY}
          onSelectCell={(sheet, address) => selected.push(`${sheet}|${address}`)} />
      </LocaleProvider>
    </RendererProvider>,
  );
}

describe('the Tracking view in the Run tab', () => {
  it('counts overdue, due and done per tier and per manager, each a link to its first row, and lists the watchlist', async () => {
    const reads: string[] = [];
    const gateway = {
      readTierBookSheet: async (key: string) => {
        reads.push(key);
        return key === 'followUpPlan' ? { sheetName: '回访计划', rows: plan }
          : key === 'effectHistory' ? { sheetName: '效果历史', rows: history } : { sheetName: '流失预警', rows: watch };
      },
    } as unknown as WorkbookGateway;
    const selected: string[] = [];
    renderView(gateway, selected);
    expect(await screen.findByText('回访计划共 4 名客户：逾期 2 名，已回访 1 名。点击等级或客户经理，跳到其第一行。')).toBeTruthy();
    const byTier = screen.getByRole('table', { name: '按等级的回访' });
    expect(within(byTier).getAllByRole('row').map((r) => r.textContent)).toEqual(['等级逾期待访已访满意度', '钻石1014', '黄金110–']);
    const byManager = screen.getByRole('table', { name: '按客户经理的回访' });
    expect(within(byManager).getAllByRole('row').map((r) => r.textContent)).toEqual(['客户经理逾期待访已访满意度', '王芳1014', '李雷010–', '未分配100–']);
    fireEvent.click(within(byTier).getByRole('button', { name: '钻石' }));
    fireEvent.click(within(byManager).getByRole('button', { name: '李雷' }));
    fireEvent.click(screen.getByRole('button', { name: 'C002 李四' }));
    expect(selected).toEqual(["回访计划|'回访计划'!A7:L7", "回访计划|'回访计划'!A8:L8", "流失预警|'流失预警'!A5:F5"]);
    expect(screen.getByText('钻石：资产下降超过 30%')).toBeTruthy();
    expect(screen.getByText('流失预警（1 名）')).toBeTruthy();
    const trend = screen.getByRole('table', { name: '回访完成率与满意度（按运行）' });
    expect(within(trend).getAllByRole('row').map((r) => r.textContent)).toEqual(['运行日期完成率满意度', '2026-06-3060%4', '2026-07-31100%5']);
    expect(reads.sort()).toEqual(['effectHistory', 'followUpPlan', 'watchlist']);
  });

  it('shows nothing for a workbook without the tracking sheets, and says so when they cannot be read (en-US)', async () => {
    const none = { readTierBookSheet: async () => undefined } as unknown as WorkbookGateway;
    const { container, unmount } = renderView(none, []);
    await act(async () => { await new Promise((resolve) => setTimeout(resolve, 20)); });
    expect(container.textContent).toBe('');
    unmount();
    const failing = { readTierBookSheet: async () => { throw new Error('gone'); } } as unknown as WorkbookGateway;
    renderView(failing, [], 'en-US');
    expect(await screen.findByText("Can't read the follow-up plan or the watchlist sheet.")).toBeTruthy();
  });

  it('reads the sheets once per run log, not again when the model changes (a weight slider step)', async () => {
    const reads: string[] = [];
    const gateway = {
      readTierBookSheet: async (key: string) => { reads.push(key); return key === 'followUpPlan' ? { sheetName: '回访计划', rows: plan } : undefined; },
    } as unknown as WorkbookGateway;
    const runLog = { sheetName: '运行日志', rows: [], sheetsByMarker: {} };
    const styleDocument = document.implementation.createHTMLDocument('griffel');
    const view = (model: ReturnType<typeof createDefaultModel>): JSX.Element => (
      <RendererProvider renderer={createDOMRenderer(styleDocument)} targetDocument={document}>
        <LocaleProvider locale="zh-CN">
          <TrackingView gateway={gateway} runLog={runLog} model={model} today={TODAY} onSelectCell={() => undefined} />
        </LocaleProvider>
      </RendererProvider>
    );
    const { rerender } = render(view(createDefaultModel()));
    expect(await screen.findByRole('table', { name: '按等级的回访' })).toBeTruthy();
    const model = createDefaultModel();
    rerender(view({ ...model, factors: model.factors.map((f, i) => (i === 0 ? { ...f, weight: f.weight + 5 } : f)) }));
    await act(async () => { await new Promise((resolve) => setTimeout(resolve, 20)); });
    expect(reads).toHaveLength(3);
    expect(screen.getByRole('table', { name: '按等级的回访' })).toBeTruthy();
  });
});

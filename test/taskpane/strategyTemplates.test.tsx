/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen } from '@testing-library/react';
import { createDefaultPlaybooks, STRATEGY_TEMPLATES_SHEET_KEY, TierBookError, text, type PlanCell } from '../../src/engine';
import { openTab, readClientTable, renderPane } from './renderPane';

const DEFAULTS_NOTE = 'Strategy templates: the defaults, written to a new sheet by the run for you to edit';
const sheetNote = (sheet: string): string => `Strategy templates: sheet "${sheet}" (edit the playbooks there; the next run uses them)`;

/** The error the Office gateway gives for an item typed wrong on the templates sheet (readStrategyTemplates' wording). */
const BAD_ITEM = new TierBookError('INVALID_MODEL_SHEET', text(
  '策略模板表有误：\'我的策略\'!B14：项目「备注」无法识别',
  'the strategy templates sheet has errors: \'我的策略\'!B14: the item "备注" is not one of Title, Audience'), { sheet: '我的策略', address: '\'我的策略\'!B14' });

async function clickRun(): Promise<void> {
  await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Run' })); });
}

const cellsOf = (rows: readonly (readonly PlanCell[])[]): string => rows.flat().filter((c) => typeof c === 'string').join('\n');

describe('strategy templates in the pane', () => {
  it('says the defaults will be written, writes them on the first run, then names the templates sheet', async () => {
    const { gateway } = await renderPane();
    await readClientTable();
    await openTab('Output');
    expect(await screen.findByText(DEFAULTS_NOTE)).toBeInTheDocument();
    await clickRun();
    expect(await screen.findByText('Written to the workbook')).toBeInTheDocument();
    expect(gateway.plans[0].sheets.some((s) => s.key === STRATEGY_TEMPLATES_SHEET_KEY)).toBe(true);

    await openTab('Output');
    expect(await screen.findByText(sheetNote('Strategy Templates'))).toBeInTheDocument();
    expect(screen.queryByText(DEFAULTS_NOTE)).not.toBeInTheDocument();
  });

  it('uses the workbook\'s templates in zh-CN and does not write them again', async () => {
    const { gateway } = await renderPane({ locale: 'zh-CN' });
    const playbooks = createDefaultPlaybooks().map((p) => (p.key === 'tier-diamond'
      ? { ...p, actions: [text('专属投顾每周回访', 'Weekly adviser call'), ...p.actions.slice(1)] } : p));
    gateway.storedTemplates = { playbooks, sheetName: '我的策略' };
    fireEvent.click(screen.getByRole('button', { name: '读取客户表' }));
    await screen.findByText('工作表「客户明细」B1:J44，共 44 行');
    await openTab('输出');
    expect(await screen.findByText('策略模板：工作表「我的策略」（在该表中修改服务策略，重新运行即生效）')).toBeInTheDocument();
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: '运行' })); });
    expect(await screen.findByText('已写入工作簿')).toBeInTheDocument();
    const [plan] = gateway.plans;
    expect(plan.sheets.some((s) => s.key === STRATEGY_TEMPLATES_SHEET_KEY)).toBe(false);
    expect(cellsOf(plan.sheets.find((s) => s.key === 'strategy:钻石')?.rows ?? [])).toContain('1. 专属投顾每周回访');
  });

  it('a templates sheet with errors shows a MessageBar naming the sheet and cell, and the run writes nothing', async () => {
    const { gateway } = await renderPane();
    gateway.templatesError = BAD_ITEM;
    await readClientTable();
    await openTab('Output');
    const shown = await screen.findByText(BAD_ITEM.messages['en-US']);
    const bar = shown.closest('.fui-MessageBar');
    expect(bar).not.toBeNull();
    expect(bar).toHaveTextContent('The strategy templates sheet has errors, so no strategy sheets can be written');
    expect(screen.queryByText(DEFAULTS_NOTE)).not.toBeInTheDocument();

    const readsBefore = gateway.templateReads;
    await clickRun();
    // The run read the templates again, stopped, and said why on the Run tab: no fallback to the defaults.
    const runError = await screen.findByText(BAD_ITEM.messages['en-US']);
    expect(runError.closest('.fui-MessageBar')).not.toBeNull();
    expect(gateway.templateReads).toBe(readsBefore + 1);
    expect(gateway.plans).toEqual([]);
    expect(screen.queryByText('Written to the workbook')).not.toBeInTheDocument();
  });

  it('a broken templates sheet does not stop a run without strategy sheets', async () => {
    const { gateway } = await renderPane();
    gateway.templatesError = BAD_ITEM;
    await readClientTable();
    await openTab('Output');
    await screen.findByText(BAD_ITEM.messages['en-US']);
    fireEvent.click(screen.getByRole('checkbox', { name: /Service-strategy sheets/u }));
    expect(screen.queryByText(BAD_ITEM.messages['en-US'])).not.toBeInTheDocument();
    await clickRun();
    expect(await screen.findByText('Written to the workbook')).toBeInTheDocument();
    expect(gateway.plans[0].sheets.some((s) => s.role === 'strategy' || s.key === STRATEGY_TEMPLATES_SHEET_KEY)).toBe(false);
  });
});

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { TierBookError, text } from '../../src/engine';
import { SEGMENT_LABELS } from '../../src/engine/segments';
import type { MemoryGateway } from './memoryGateway';
import { openTab, readClientTable, renderPane } from './renderPane';

/** A gate that holds write step `held` until released. */
function holdAt(held: number): { gate: (step: number) => Promise<void>; release: () => void } {
  let release = (): void => undefined;
  const waiting = new Promise<void>((resolve) => { release = resolve; });
  return { gate: (step) => (step === held ? waiting : Promise.resolve()), release };
}

/** The operation's ProgressBar, labelled with what it does (the Run button's Spinner is a progressbar too). */
const PROGRESS = { name: /^(Working…|Writing: \d+ of \d+)$/u };

async function startRun(): Promise<void> {
  await openTab('Output');
  // Inside act: the run goes on in microtasks after the click, up to the first held step.
  await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Run' })); });
}

/** Starts a run whose write holds after its third step (the three columns) until cancelled, then clicks Cancel. */
async function cancelAfterThirdWriteStep(gateway: MemoryGateway): Promise<void> {
  gateway.writeStepGate = (step, signal) => (step === 3
    ? new Promise<void>((resolve) => { signal?.addEventListener('abort', () => resolve()); })
    : Promise.resolve());
  await startRun();
  // The write reports each step; it is held after the third.
  expect(await screen.findByRole('progressbar', { name: /^Writing: 3 of \d+$/u })).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
}

describe('run', () => {
  it('shows progress with Cancel while writing, then what was written', async () => {
    const { gateway } = await renderPane();
    await readClientTable();
    const hold = holdAt(0);
    gateway.writeStepGate = hold.gate;
    await startRun();
    expect(await screen.findByRole('progressbar', PROGRESS)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    hold.release();

    expect(await screen.findByText('Written to the workbook')).toBeInTheDocument();
    const segments = { tags: SEGMENT_LABELS.tagsColumn['en-US'], group: SEGMENT_LABELS.groupColumn['en-US'], sheet: SEGMENT_LABELS.groupSheet['en-US'] };
    expect(screen.getByText(`Columns: Tier Score, Tier, Data Issues, ${segments.tags}, ${segments.group}, Proposed manager`)).toBeInTheDocument();
    expect(screen.getByText(`Sheets: Tier Model, Tier Summary, ${segments.sheet}, Service Strategies, Strategy-Diamond, Strategy-Gold, Strategy-Silver, Strategy-Standard, Strategy Templates, Run Log, Service Log, Follow-up Plan, Retention Watchlist, Manager Load, Account Managers, Effect History, Effect Evaluation, Client Snapshot`))
      .toBeInTheDocument();
    expect(screen.getByText('PivotTables: TierBook_TierPivot, TierBook_RiskPivot')).toBeInTheDocument();
    expect(screen.getByText('Charts: Clients per tier, Clients per tier by run')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', PROGRESS)).not.toBeInTheDocument();

    const [plan] = gateway.plans;
    expect(plan.mode).toBe('portable'); // the pane's default, as the runner's
    expect(plan.sourceSheet).toBe('客户明细');
    expect(plan.headerRow).toBe(3);
    expect(plan.firstOutputColumn).toBe(10); // after J, the block's last column
    expect(gateway.signals[1]?.aborted).toBe(false);
  });

  it('the progress bar waits a second before it appears', async () => {
    jest.useFakeTimers({ doNotFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    try {
      const { gateway } = await renderPane({ progressDelayMs: 1000 });
      await readClientTable();
      const hold = holdAt(0);
      gateway.writeStepGate = hold.gate;
      await startRun();
      expect(screen.queryByRole('progressbar', PROGRESS)).not.toBeInTheDocument();
      act(() => { jest.advanceTimersByTime(999); });
      expect(screen.queryByRole('progressbar', PROGRESS)).not.toBeInTheDocument();
      act(() => { jest.advanceTimersByTime(1); });
      expect(screen.getByRole('progressbar', PROGRESS)).toBeInTheDocument();
      await act(async () => { hold.release(); });
      await waitFor(() => expect(screen.queryByRole('progressbar', PROGRESS)).not.toBeInTheDocument());
    } finally {
      jest.useRealTimers();
    }
  });

  it('cancel aborts the gateway signal and says what was written and how to remove it', async () => {
    const { gateway } = await renderPane();
    await readClientTable();
    await cancelAfterThirdWriteStep(gateway);

    expect(await screen.findByText('Cancelled')).toBeInTheDocument();
    expect(gateway.signals[1]?.aborted).toBe(true);
    expect(screen.getByText('Columns: Tier Score, Tier, Data Issues')).toBeInTheDocument();
    expect(screen.queryByText(/^Sheets:/u)).not.toBeInTheDocument();
    expect(screen.getByText(/TierBook’s own sheets and columns are replaced on the next run/u)).toBeInTheDocument();
    expect(screen.queryByText('Written to the workbook')).not.toBeInTheDocument();
  });

  it('after a cancel, the gateway’s cleanup removes TierBook’s output', async () => {
    const { gateway } = await renderPane();
    await readClientTable();
    await cancelAfterThirdWriteStep(gateway);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove TierBook’s output (keeps the model sheet, the strategy templates, the run log, the manager roster, the follow-up plan and the service log)' }));

    expect(await screen.findByText('Removed TierBook’s output')).toBeInTheDocument();
    expect(gateway.removals).toEqual([{ columns: ['Tier Score', 'Tier', 'Data Issues'], sheets: [] }]);
    expect(screen.queryByText('Cancelled')).not.toBeInTheDocument();
  });

  it('a gateway without the cleanup offers no button for it', async () => {
    const { gateway } = await renderPane();
    Object.defineProperty(gateway, 'removeTierBookOutput', { value: undefined });
    await readClientTable();
    gateway.writeStepGate = (step) => (step === 0 ? Promise.reject(new TierBookError('SHEET_PROTECTED', text('受保护', 'protected'))) : Promise.resolve());
    await startRun();
    expect(await screen.findByText('The run did not finish')).toBeInTheDocument();
    expect(screen.getByText('Nothing was written.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove TierBook’s output/u })).not.toBeInTheDocument();
  });

  it('a failed write shows the TierBookError in the pane’s language, not a stack', async () => {
    const { gateway } = await renderPane({ locale: 'zh-CN' });
    fireEvent.click(screen.getByRole('button', { name: '读取客户表' }));
    await screen.findByText('工作表「客户明细」B1:J44，共 44 行');
    gateway.writeStepGate = (step) => (step === 1
      ? Promise.reject(new TierBookError('SHEET_PROTECTED', text('工作表「客户明细」受保护，无法写入', 'sheet "客户明细" is protected')))
      : Promise.resolve());
    await openTab('输出');
    fireEvent.click(screen.getByRole('button', { name: '运行' }));

    expect(await screen.findByText('运行未完成')).toBeInTheDocument();
    expect(screen.getByText('工作表「客户明细」受保护，无法写入')).toBeInTheDocument();
    // The gateway's WritePlanError says what had been written before the failure.
    expect(screen.getByText('列：综合得分')).toBeInTheDocument();
    expect(screen.getByText(/TierBook 自己的工作表和列会在下次运行时被替换/u)).toBeInTheDocument();
    expect(screen.queryByText(/is protected/u)).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\bat .*\.tsx?:\d+/u);
  });
});

import { taskYield } from '../../src/excel/taskYield';
import { measuredBytesPerRow, measuredBytesPerRowInTasks } from '../../src/excel/readChunkRows';
import { tiersById, tiersByIdInTasks } from '../../src/excel/previousTiers';
import type { CellValue } from '../../src/engine';

// Long synchronous loops in the write path give the pane's main thread back every slice (issue 10).
describe('taskYield', () => {
  it('is due once a slice has passed, and a yield or a restart starts a new stretch', async () => {
    let clock = 0;
    let waits = 0;
    const pace = taskYield(40, () => clock, async () => { waits++; clock += 1; });
    clock = 39;
    expect(pace.due()).toBe(false);
    clock = 40;
    expect(pace.due()).toBe(true);
    await pace.yieldNow();
    expect(waits).toBe(1);
    expect(pace.due()).toBe(false);
    clock += 45;
    expect(pace.due()).toBe(true);
    pace.restart();
    expect(pace.due()).toBe(false);
  });

  it('waits for a new task, not a microtask, so the browser can paint in between', async () => {
    const order: string[] = [];
    const pace = taskYield(0);
    setTimeout(() => order.push('earlier task'), 0);
    const yielded = pace.yieldNow().then(() => order.push('yielded'));
    void Promise.resolve().then(() => order.push('microtask'));
    await yielded;
    expect(order).toEqual(['microtask', 'earlier task', 'yielded']);
  });
});

describe('measuredBytesPerRowInTasks', () => {
  it('gives the same bytes per row as measuredBytesPerRow, giving the thread back while it measures', async () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => [`C${i}`, i * 1.5, i % 3 === 0 ? null : '张三', true]);
    let waits = 0;
    const pace = { due: () => true, yieldNow: async () => { waits++; }, restart: () => undefined };
    expect(await measuredBytesPerRowInTasks(rows, pace)).toBe(measuredBytesPerRow(rows));
    expect(waits).toBe(3);
    expect(await measuredBytesPerRowInTasks([], pace)).toBe(measuredBytesPerRow([]));
  });
});

describe('tiersByIdInTasks', () => {
  it('gives tiersById\'s map (first row wins, totals and blanks skipped), giving the thread back while it pairs', async () => {
    const ids = Array.from({ length: 1_234 }, (_, i): CellValue => (i === 7 ? '合计' : i === 8 ? null : i % 400 === 9 ? 'C1' : ` C${i} `));
    const tiers = ids.map((_, i): CellValue => (i % 5 === 0 ? null : ['A', 'B', 'C'][i % 3]));
    let waits = 0;
    const pace = { due: () => true, yieldNow: async () => { waits++; }, restart: () => undefined };
    const map = await tiersByIdInTasks(ids, tiers.slice(0, 1_000), pace);
    expect(map).toEqual(tiersById(ids, tiers.slice(0, 1_000)));
    expect(map.has('合计')).toBe(false);
    expect(map.get('C1')).toBe(tiersById(ids, tiers).get('C1'));
    expect(map.get('C1200')).toBe('');
    expect(waits).toBe(3);
  });
});

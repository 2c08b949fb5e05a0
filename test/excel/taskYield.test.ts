import { taskYield } from '../../src/excel/taskYield';

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

import { sheetWidth, type PlanCell, type PlanSheet } from '../../src/engine';
import { newPlanSheetXml } from '../../src/cli/stream/planSheetXml';
import { SharedStringTable } from '../../src/cli/stream/sharedStringTable';
import { StylesBook } from '../../src/cli/stream/stylesBook';

// A million-client run writes strategy and group sheets of hundreds of thousands of rows; sizing them must not
// spread one argument per row (that overflowed the call stack in the streaming writer at 1,048,575 clients).
describe('plan sheets with very many rows', () => {
  const rows: PlanCell[][] = Array.from({ length: 300_000 }, (_, r) => (r === 7 ? ['a', 'b', 'c'] : [r]));

  it('sheetWidth finds the widest row of 300,000', () => {
    expect(sheetWidth(rows)).toBe(3);
    expect(sheetWidth([])).toBe(0);
  });

  it('the streaming writer renders a 300,000-row sheet with its dimension', () => {
    const plan: PlanSheet = { key: 'big', role: 'strategy', preferredName: 'Big', rows };
    const xml = newPlanSheetXml(plan, new StylesBook(undefined), new SharedStringTable(0));
    expect(xml).toContain('<dimension ref="A1:C300000"/>');
    expect(xml).toContain('<row r="300000">');
  });
});

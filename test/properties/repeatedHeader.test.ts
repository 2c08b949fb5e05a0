import fc from 'fast-check';
import { createDefaultModel, tierGrid, type CellValue } from '../../src/engine';

/*
 * Paged exports print the header again on every page. However many copies appear, wherever they are, they are
 * excluded as header rows and nobody's score or tier changes. Seeded; fast-check prints the shrunk counterexample.
 */
const RUNS = { numRuns: 1000 } as const;

const MODEL = createDefaultModel();
const HEADER: readonly string[] = ['客户号', '客户姓名', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'];

const clientArb = fc.record({
  assets: fc.option(fc.oneof(fc.integer({ min: -1000, max: 10_000_000 }), fc.constantFrom('1.2万', '¥3,000', '-', '#N/A')), { nil: null, freq: 8 }),
  trades: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null, freq: 8 }),
  needs: fc.option(fc.constantFrom('专业投资', '基础理财', '其他'), { nil: null, freq: 8 }),
  risk: fc.option(fc.constantFrom('C1', 'C2', 'C3', 'C4', 'C5', 'ｃ３'), { nil: null, freq: 8 }),
  tenure: fc.option(fc.double({ min: 0, max: 30, noNaN: true }), { nil: null, freq: 8 }),
});

/** A copy of the header as exports reprint it: the same texts, sometimes with stray spaces around them. */
const copyArb = fc.record({ at: fc.nat(), padded: fc.boolean() });

describe('repeated header properties (fast-check, seeded, 1000 runs)', () => {
  it('(15) copies of the header anywhere below it are excluded as header rows and change no score or tier', () => {
    fc.assert(fc.property(fc.array(clientArb, { minLength: 1, maxLength: 12 }), fc.array(copyArb, { maxLength: 4 }), (clients, copies) => {
      const rows: CellValue[][] = clients.map((c, i) => [`K${i}`, `客户${i}`, c.assets, c.trades, c.needs, c.risk, c.tenure]);
      const plain = tierGrid([[...HEADER], ...rows], MODEL);
      const withCopies = rows.map((r) => [...r]);
      for (const copy of copies) withCopies.splice(copy.at % (withCopies.length + 1), 0, HEADER.map((h) => (copy.padded ? ` ${h} ` : h)));
      const result = tierGrid([[...HEADER], ...withCopies], MODEL);
      const headerRows = withCopies.map((r, i) => (r[0] !== null && String(r[0]).trim() === '客户号' ? i + 2 : -1)).filter((r) => r > 0);
      const excluded = result.excluded.filter((e) => e.reason === 'header_row').map((e) => e.row);
      if (JSON.stringify(excluded) !== JSON.stringify(headerRows)) return false;
      if (result.table.size !== plain.table.size || result.table.rowsRead !== plain.table.rowsRead + copies.length) return false;
      return plain.table.ids.every((id, i) => {
        const j = result.table.ids.indexOf(id);
        const same = (a: number, b: number): boolean => (Number.isNaN(a) && Number.isNaN(b)) || a === b;
        return j >= 0 && same(result.scores[j], plain.scores[i]) && result.tierIndex[j] === plain.tierIndex[i];
      });
    }), { seed: 1515, ...RUNS });
  });
});

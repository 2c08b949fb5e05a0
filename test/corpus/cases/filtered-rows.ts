import { BASE_COUNTS, baseClientTiers, baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * An AutoFilter over A1:G6 that hides K1 and K2 (rows 2–3). Filters select what a user looks at, not who is a
 * client: every row is tiered. FINDING: nothing says that filtered-out rows were tiered; see docs/corpus.md.
 * (The fake has no AutoFilter object; the add-in leg hides the same rows, which is what a filter does to them.)
 */
export const corpusCase: CorpusCase = {
  id: 'filtered-rows',
  title: 'filtered rows (AutoFilter hiding two clients)',
  grid: baseGrid(),
  xlsx: {
    decorate: (sheet) => {
      sheet.autoFilter = 'A1:G6';
      sheet.getRow(2).hidden = true;
      sheet.getRow(3).hidden = true;
    },
  },
  fake: {
    select: 'A5',
    prepare: async (fake, sheetName) => {
      await fake.host.run(async (context) => {
        context.workbook.worksheets.getItem(sheetName).getRange('2:3').rowHidden = true;
        await context.sync();
      });
    },
  },
  expect: { kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers() },
};

import { BASE_COUNTS, baseClientTiers, baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * Rows 3 and 5 (K2, K4) hidden by hand. TierBook tiers every row of the table, hidden or not.
 * FINDING: no report (CLI JSON, summary, run log, add-in) says that hidden rows were tiered; see docs/corpus.md.
 */
export const corpusCase: CorpusCase = {
  id: 'hidden-rows',
  title: 'hidden rows (tiered like the others)',
  grid: baseGrid(),
  xlsx: { decorate: (sheet) => { sheet.getRow(3).hidden = true; sheet.getRow(5).hidden = true; } },
  fake: {
    prepare: async (fake, sheetName) => {
      await fake.host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.getRange('3:3').rowHidden = true;
        sheet.getRange('5:5').rowHidden = true;
        await context.sync();
      });
    },
  },
  expect: { kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers() },
};

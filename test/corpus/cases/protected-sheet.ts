import { BASE_COUNTS, baseClientTiers, baseGrid } from '../baseTable';
import type { CorpusCase } from '../corpusCase';

/**
 * The client sheet is protected. In Excel the add-in cannot write its columns there and says how to unprotect,
 * before writing anything. The CLI never changes the input: it writes a copy (the sheet stays protected in it).
 */
export const corpusCase: CorpusCase = {
  id: 'protected-sheet',
  title: 'a protected client sheet',
  grid: baseGrid(),
  xlsx: { decorate: async (sheet) => { await sheet.protect('secret', { selectLockedCells: true }); } },
  fake: { options: { protectedSheets: { 客户清单: { password: 'secret' } } } },
  expect: { kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers() },
  addin: {
    kind: 'error', code: 'SHEET_PROTECTED',
    messageIncludes: {
      'zh-CN': ['工作表「客户清单」受保护', '撤消工作表保护'],
      'en-US': ['sheet "客户清单" is protected', 'Unprotect Sheet'],
    },
    location: { sheet: '客户清单' },
  },
  checkCliOutput: (workbook) => {
    // ExcelJS keeps sheet protection on the worksheet without declaring it in its types.
    const sheet: object | undefined = workbook.getWorksheet('客户清单');
    expect(sheet && 'sheetProtection' in sheet ? sheet.sheetProtection : undefined).toEqual(expect.objectContaining({ sheet: true }));
  },
};

import { BASE_COUNTS, baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';
import { expectTextWrittenVerbatimInFake } from '../outputChecks';

/** Names with emoji (ZWJ sequences), Arabic and Hebrew, a newline and a right-to-left override; an id with an emoji. */
export const NAMES = ['王小明👨‍👩‍👧‍👦', 'مرحبا بالعالم', 'שלום עולם', '第一行\n第二行', '\u202Eevil\u202C'];

export const corpusCase: CorpusCase = {
  id: 'names-emoji-rtl-newlines',
  title: 'client names with emoji, RTL text and newlines',
  grid: withCells(baseGrid(), [...[1, 2, 3, 4, 5].map((r) => [r, COL.name, NAMES[r - 1]] as const), [3, COL.id, 'K3 🚀']]),
  expect: {
    kind: 'result', tierCounts: BASE_COUNTS,
    clients: [{ row: 2, id: 'K1', tier: '钻石' }, { row: 4, id: 'K3 🚀', tier: '白银' }, { row: 5, id: 'K4', tier: '普通' }],
  },
  checkAddinOutput: (fake) => expectTextWrittenVerbatimInFake(fake, NAMES),
};

import { BASE_COUNTS, baseGrid, COL, withCells } from '../baseTable';
import type { CorpusCase } from '../corpusCase';
import { expectNoClientTextAsFormula, expectNoClientTextAsFormulaInFake } from '../outputChecks';

/**
 * Names and ids that Excel would run if typed: "=", "+", "-" and "@" prefixes. They stay text wherever TierBook
 * writes them (strategy sheets list names); no output cell becomes a formula made of client text.
 */
export const INJECTED = ['=1+1', '+86 138 0000 0000', '-李娜', '@SUM(A1:A9)', '=HYPERLINK("http://evil.example","点我")'];
const IDS = ['K1', '=K2', '+K3', '-K4', '@K5'];

export const corpusCase: CorpusCase = {
  id: 'names-formula-prefixes',
  title: 'client names and ids with =, +, - and @ prefixes',
  grid: withCells(baseGrid(), [1, 2, 3, 4, 5].flatMap((r) => [[r, COL.name, INJECTED[r - 1]], [r, COL.id, IDS[r - 1]]] as const)),
  expect: {
    kind: 'result', tierCounts: BASE_COUNTS,
    clients: [
      { row: 2, id: 'K1', tier: '钻石' }, { row: 3, id: '=K2', tier: '黄金' }, { row: 4, id: '+K3', tier: '白银' },
      { row: 5, id: '-K4', tier: '普通' }, { row: 6, id: '@K5', tier: '普通' },
    ],
  },
  checkCliOutput: (workbook) => expectNoClientTextAsFormula(workbook, [...INJECTED, ...IDS]),
  checkAddinOutput: (fake) => expectNoClientTextAsFormulaInFake(fake, [...INJECTED, ...IDS], INJECTED),
};

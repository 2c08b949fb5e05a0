import { BASE_CLIENTS, BASE_COUNTS, BASE_HEADER, baseClientTiers } from '../baseTable';
import type { CorpusCase } from '../corpusCase';
import type { CellValue } from '../../../src/engine';

/** 300 columns of other data, the seven known ones scattered among them (the last at column 300, KN). */
const WIDTH = 300;
const PLACES = [5, 20, 120, 199, 250, 280, 299];

function wideRow(known: readonly CellValue[], filler: (c: number) => CellValue): CellValue[] {
  const row = Array.from({ length: WIDTH }, (_, c) => filler(c));
  PLACES.forEach((c, k) => { row[c] = known[k]; });
  return row;
}

export const corpusCase: CorpusCase = {
  id: 'wide-300-columns',
  title: 'rows of 300 columns',
  grid: [wideRow(BASE_HEADER, (c) => `字段${c + 1}`), ...BASE_CLIENTS.map((r, i) => wideRow(r, (c) => (c % 3 === 0 ? `备注${i}-${c}` : c * (i + 1))))],
  expect: { kind: 'result', tierCounts: BASE_COUNTS, clients: baseClientTiers() },
};

/// <reference types="custom-functions-runtime" />
import {
  isSuitable,
  parseClientRiskLevel,
  parseProductRiskLevel,
  suitable,
  type ClientRiskLevel,
  type ProductRiskLevel,
} from '../../src/functions/suitable';
import { suitableFunction } from '../../src/functions/functions';
import { expectInvalidValue } from './customFunctionErrors';

const PRODUCT_LABELS = ['R1', 'R2', 'R3', 'R4', 'R5'] as const;

/** The rule written out cell by cell (1 = may buy), so that the table, not a formula, is the oracle. */
const SUITABILITY_MATRIX: ReadonlyArray<readonly [string, ClientRiskLevel, readonly number[]]> = [
  //                          R1 R2 R3 R4 R5
  ['最低类别', 'lowest', [1, 0, 0, 0, 0]],
  ['C1', 1, [1, 0, 0, 0, 0]],
  ['C2', 2, [1, 1, 0, 0, 0]],
  ['C3', 3, [1, 1, 1, 0, 0]],
  ['C4', 4, [1, 1, 1, 1, 0]],
  ['C5', 5, [1, 1, 1, 1, 1]],
];

const MATRIX_CELLS = SUITABILITY_MATRIX.flatMap(([clientLabel, clientLevel, row]) =>
  row.map((allowed, index) => ({
    clientLabel,
    clientLevel,
    productLabel: PRODUCT_LABELS[index],
    productLevel: (index + 1) as ProductRiskLevel,
    expected: allowed === 1,
  })),
);

const CLIENT_CHINESE_LABELS: Readonly<Record<string, string>> = {
  C1: '保守型',
  C2: '谨慎型',
  C3: '稳健型',
  C4: '积极型',
  C5: '激进型',
  最低类别: '最低类别',
};

const PRODUCT_CHINESE_LABELS: Readonly<Record<string, string>> = {
  R1: '低风险',
  R2: '中低风险',
  R3: '中风险',
  R4: '中高风险',
  R5: '高风险',
};


describe('isSuitable: the 6×5 matching matrix', () => {
  it.each(MATRIX_CELLS)('$clientLabel × $productLabel → $expected', ({ clientLevel, productLevel, expected }) => {
    expect(isSuitable(clientLevel, productLevel)).toBe(expected);
  });

  it('covers every client level against every product level', () => {
    expect(MATRIX_CELLS).toHaveLength(30);
  });
});

describe('TIER.SUITABLE on labels', () => {
  it.each(MATRIX_CELLS)('$clientLabel × $productLabel → $expected', ({ clientLabel, productLabel, expected }) => {
    expect(suitable(clientLabel, productLabel)).toBe(expected);
    expect(suitableFunction(clientLabel, productLabel)).toBe(expected);
  });

  it.each(MATRIX_CELLS)('Chinese labels for $clientLabel × $productLabel → $expected', ({ clientLabel, productLabel, expected }) => {
    expect(suitable(CLIENT_CHINESE_LABELS[clientLabel], PRODUCT_CHINESE_LABELS[productLabel])).toBe(expected);
  });
});

describe('normalisation (NFKC, trim, upper-case)', () => {
  it.each([
    ['c3', 3],
    ['Ｃ３', 3],
    ['ｃ３', 3],
    [' C3 ', 3],
    ['\tc5\n', 5],
    ['\u3000C2\u3000', 2],
    [' 稳健型 ', 3],
    ['最低类别', 'lowest'],
  ] as const)('client %j reads as level %j', (typed, level) => {
    expect(parseClientRiskLevel(typed)).toBe(level);
  });

  it.each([
    ['r2', 2],
    ['Ｒ２', 2],
    [' R4 ', 4],
    [' 中高风险 ', 4],
    ['高风险', 5],
  ] as const)('product %j reads as level %j', (typed, level) => {
    expect(parseProductRiskLevel(typed)).toBe(level);
  });

  it('applies the rule after normalising both arguments', () => {
    expect(suitable('ｃ２', ' r2 ')).toBe(true);
    expect(suitable(' c2', 'Ｒ３')).toBe(false);
  });
});

describe('invalid input throws #VALUE! naming the argument, in English and Chinese', () => {
  it.each(['C9', 'C0', 'C', 'C6', 'R3', '', '   ', 'C 3', 'CC3', 'Conservative', '保守'])('client %j', (typed) => {
    expectInvalidValue(
      () => suitable(typed, 'R1'),
      `clientRiskLevel "${typed}" is not C1–C5`,
      `客户风险等级 "${typed}" 不是 C1–C5`,
    );
  });

  it.each(['R6', 'R0', 'C3', '', 'R', '中等风险', 'high'])('product %j', (typed) => {
    expectInvalidValue(
      () => suitable('C5', typed),
      `productRiskLevel "${typed}" is not R1–R5`,
      `产品风险等级 "${typed}" 不是 R1–R5`,
    );
  });

  it('shows a number exactly as it was passed', () => {
    expectInvalidValue(() => suitable(3, 'R1'), 'clientRiskLevel "3"', '客户风险等级 "3"');
  });

  it('treats a missing argument as empty text', () => {
    expectInvalidValue(() => suitable(undefined, 'R1'), 'clientRiskLevel ""');
    expectInvalidValue(() => suitable('C1', null), 'productRiskLevel ""');
  });

  it('reports the client argument first when both are wrong', () => {
    expectInvalidValue(() => suitable('C9', 'R9'), 'clientRiskLevel "C9"');
  });

  it('throws through the registered custom function too', () => {
    expectInvalidValue(() => suitableFunction('C9', 'R1'), 'clientRiskLevel "C9"');
  });
});

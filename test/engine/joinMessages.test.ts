import { createDefaultModel, isFormulaCell, validateModel, type CellValue, type PlanCell } from '../../src/engine';
import { joinMessages, locatedMessage } from '../../src/engine/i18n/joinMessages';
import { readModelSheet } from '../../src/engine/modelSheet/readModelSheet';
import { writeModelSheet } from '../../src/engine/modelSheet/writeModelSheet';
import type { TierBookError } from '../../src/engine/errors';

// Joined error lists use the language's punctuation, one quote style per language (issue 10 item 8).
const asValues = (rows: PlanCell[][]): CellValue[][] => rows.map((r) => r.map((c) => (isFormulaCell(c) ? c.result ?? null : c)));

function thrown(action: () => unknown): TierBookError {
  try { action(); } catch (error) { return error as TierBookError; }
  throw new Error('expected a throw');
}

describe('joined messages in the language’s punctuation', () => {
  it('joins with 「；」 and locates with 「：」 in Chinese, "; " and ": " in English', () => {
    expect(joinMessages([locatedMessage('B5', '甲', 'zh-CN'), locatedMessage('C6', '乙', 'zh-CN')], 'zh-CN')).toBe('B5：甲；C6：乙');
    expect(joinMessages([locatedMessage('B5', 'a', 'en-US'), locatedMessage('C6', 'b', 'en-US')], 'en-US')).toBe('B5: a; C6: b');
  });

  it('a model with two problems: the zh-CN message has no English separator and quotes names in 「」', () => {
    const model = createDefaultModel();
    const broken = { ...model, tiers: [model.tiers[0], { ...model.tiers[1], name: model.tiers[0].name }, ...model.tiers.slice(2)], factors: [{ ...model.factors[0], weight: -1 }, ...model.factors.slice(1)] };
    const error = thrown(() => validateModel(broken, 'model.json'));
    const zh = error.messageIn('zh-CN');
    const en = error.messageIn('en-US');
    expect(zh).toMatch(/^模型无效（model\.json）：factors\[0\]\.weight：.+；tiers\[1\]\.name：等级名称「钻石」重复/u);
    expect(zh).not.toMatch(/; |: |"/u);
    expect(en).toMatch(/^invalid model \(model\.json\): factors\[0\]\.weight: .+; tiers\[1\]\.name: tier name "钻石" is used twice/u);
  });

  it('a model sheet with two bad cells: 「；」 between them in zh-CN, "; " in en-US', () => {
    const { rows, anchors } = writeModelSheet(createDefaultModel(), 'zh-CN');
    const grid = asValues(rows);
    grid[anchors.factorRows[0]][4] = 'abc';
    grid[anchors.factorRows[1]][4] = 'xyz';
    const error = thrown(() => readModelSheet(grid, '分级模型'));
    const [first, second] = anchors.factorRows.map((r) => `'分级模型'!E${r + 1}`);
    expect(error.messageIn('zh-CN')).toBe(`模型表有误：${first}：权重「abc」不是数字；${second}：权重「xyz」不是数字`);
    expect(error.messageIn('en-US')).toBe(`the model sheet has errors: ${first}: weight "abc" is not a number; ${second}: weight "xyz" is not a number`);
  });
});

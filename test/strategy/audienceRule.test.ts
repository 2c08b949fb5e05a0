import { createDefaultModel } from '../../src/engine';
import { describeAudienceRule, formatAudienceRule, parseAudienceRule, type AudienceRule } from '../../src/engine/strategy';

describe('audience rules as text', () => {
  it.each<[AudienceRule, string]>([
    [{ kind: 'tier', names: ['钻石', 'Diamond'] }, 'tier:钻石|Diamond'],
    [{ kind: 'rank', rank: 'middle' }, 'rank:middle'],
    [{ kind: 'factor', factor: 'assets', min: 80 }, 'factor:assets>=80'],
    [{ kind: 'factor', factor: 'risk', max: 25 }, 'factor:risk<=25'],
    [{ kind: 'factor', factor: 'assets', min: 30, max: 70.5 }, 'factor:assets>=30<=70.5'],
  ])('%j ↔ %s', (rule, written) => {
    expect(formatAudienceRule(rule)).toBe(written);
    expect(parseAudienceRule(written)).toEqual({ rule });
  });

  it('accepts Chinese keywords, full-width colons and spaces', () => {
    expect(parseAudienceRule(' 等级：钻石 | 黄金 ')).toEqual({ rule: { kind: 'tier', names: ['钻石', '黄金'] } });
    expect(parseAudienceRule('位置:最低')).toEqual({ rule: { kind: 'rank', rank: 'bottom' } });
    expect(parseAudienceRule('因子： loyalty >= 70')).toEqual({ rule: { kind: 'factor', factor: 'loyalty', min: 70 } });
  });

  it.each([
    ['vip', 'cannot read the audience rule "vip"'],
    ['rank:upper', 'needs a rank of top, middle or bottom'],
    ['tier: | ', 'names no tier'],
    ['factor:assets', 'should read factor:<key>>=<score>'],
    ['factor:assets>=120', 'the score 120 in the rule'],
    ['factor:assets>=70<=30', 'lower bound 70 above its upper bound 30'],
  ])('rejects %s', (raw, message) => {
    const parsed = parseAudienceRule(raw);
    expect('error' in parsed && parsed.error['en-US']).toContain(message);
    expect('error' in parsed && parsed.error['zh-CN']).toMatch(/\p{Script=Han}/u);
  });

  it('describes rules with the model\'s factor labels', () => {
    const factors = createDefaultModel().factors;
    expect(describeAudienceRule({ kind: 'factor', factor: 'assets', min: 80 }, factors)).toEqual({ 'zh-CN': '资产规模因子分 ≥ 80', 'en-US': 'Asset size factor score ≥ 80' });
    expect(describeAudienceRule({ kind: 'factor', factor: 'aum', min: 10, max: 20 }, factors)['en-US']).toBe('aum factor score 10–20');
    expect(describeAudienceRule({ kind: 'tier', names: ['钻石', 'Diamond'] })['en-US']).toBe('tier is 钻石 or Diamond');
  });
});

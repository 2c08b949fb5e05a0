import { LOCALES, type LocalizedText } from '../../src/engine';
import { createDefaultPlaybooks, formatRiskRating, type Playbook } from '../../src/engine/strategy';

const playbooks = createDefaultPlaybooks();
const byKey = (key: string): Playbook => {
  const p = playbooks.find((x) => x.key === key);
  if (!p) throw new Error(`no playbook ${key}`);
  return p;
};
const allText = (p: Playbook): LocalizedText[] => [p.title, ...p.actions, ...(p.channels ?? []), ...(p.cadence ? [p.cadence] : []),
  ...(p.products ?? []).map((x) => x.category), ...(p.kpis ?? [])];
const zh = (p: Playbook): string => allText(p).map((t) => t['zh-CN']).join('\n');
const en = (p: Playbook): string => allText(p).map((t) => t['en-US']).join('\n');
const products = (p: Playbook): string[] => (p.products ?? []).map((x) => `${x.category['zh-CN']} ${formatRiskRating(x.riskRating)}`);

describe('default playbooks', () => {
  it('have unique keys and every text in both languages', () => {
    expect(new Set(playbooks.map((p) => p.key)).size).toBe(playbooks.length);
    for (const p of playbooks) {
      expect(p.actions.length).toBeGreaterThan(0);
      expect(p.audience.length).toBeGreaterThan(0);
      for (const t of allText(p)) for (const locale of LOCALES) expect(t[locale].trim()).not.toBe('');
      // English text is English: no run of Chinese longer than a glossed term in brackets.
      for (const t of allText(p)) expect(t['en-US'].replace(/\([^)]*\)/gu, '')).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('rate every product R1–R5', () => {
    for (const p of playbooks) for (const x of p.products ?? []) expect([1, 2, 3, 4, 5]).toContain(x.riskRating);
  });

  it('cover the high and low side of every factor', () => {
    const factorBounds = playbooks.flatMap((p) => p.audience.flatMap((r) => (r.kind === 'factor' ? [`${r.factor}:${r.min !== undefined ? 'high' : 'low'}`] : [])));
    for (const factor of ['assets', 'frequency', 'needs', 'risk', 'loyalty']) {
      expect(factorBounds).toContain(`${factor}:high`);
      expect(factorBounds).toContain(`${factor}:low`);
    }
  });

  it('say what the brief asks of each audience', () => {
    expect(zh(byKey('hnw'))).toEqual(expect.stringContaining('专属客户经理'));
    expect(zh(byKey('hnw'))).toContain('定制化报告');
    expect(zh(byKey('hnw'))).toContain('新股');
    expect(zh(byKey('hnw'))).toContain('每季度');
    expect(zh(byKey('ordinary'))).toContain('便捷交易');
    expect(products(byKey('ordinary'))).toEqual(expect.arrayContaining(['货币市场基金 R1', '债券基金 R2']));
    expect(zh(byKey('high-frequency'))).toContain('极速交易通道');
    expect(zh(byKey('high-frequency'))).toContain('Level-2');
    expect(zh(byKey('high-frequency'))).toContain('佣金费率');
    expect(zh(byKey('low-frequency'))).toContain('长期资产配置');
    expect(zh(byKey('low-frequency'))).toContain('定期回访');
    expect(zh(byKey('low-frequency'))).toContain('定投');
    expect(zh(byKey('high-risk'))).toContain('风险提示');
    expect(products(byKey('high-risk'))).toEqual(expect.arrayContaining(['股票型基金 R4', '融资融券（需满足准入条件） R4', '股票期权（需开通期权交易权限） R5']));
    expect(zh(byKey('low-risk'))).toContain('风险提示');
    expect(zh(byKey('low-risk'))).toContain('不承诺保本保收益');
    expect(products(byKey('low-risk'))).toEqual(expect.arrayContaining(['货币市场基金 R1', '国债逆回购 R1']));
    expect(Math.max(...(byKey('low-risk').products ?? []).map((x) => x.riskRating ?? 9))).toBeLessThanOrEqual(2);
    expect(zh(byKey('high-loyalty'))).toContain('增值服务');
    expect(zh(byKey('high-loyalty'))).toContain('推荐');
    expect(zh(byKey('low-loyalty'))).toContain('挽留措施');
    expect(zh(byKey('low-loyalty'))).toContain('投诉');
    expect(en(byKey('hnw'))).toContain('dedicated account manager');
  });

  it('compose the default tiers from the factor playbooks, each item once', () => {
    const diamond = byKey('tier-diamond');
    expect(diamond.audience).toEqual([{ kind: 'tier', names: ['钻石', 'Diamond'] }]);
    expect(diamond.actions).toEqual([...byKey('hnw').actions, ...byKey('high-loyalty').actions]);
    expect(diamond.cadence).toEqual(byKey('hnw').cadence);
    const standard = byKey('tier-standard');
    expect(standard.actions).toEqual(byKey('ordinary').actions);
    expect(standard.products).toEqual(byKey('ordinary').products);
    const silver = byKey('tier-silver');
    const silverProducts = (silver.products ?? []).map((x) => x.category['zh-CN']);
    expect(new Set(silverProducts).size).toBe(silverProducts.length);
    expect(silverProducts).toContain('指数基金定投'); // in both growth and low-frequency, listed once
    expect(byKey('tier-gold').actions[0]['zh-CN']).toContain('客户经理团队');
  });

  it('gives the rank fallbacks: HNW on top, growth in the middle, ordinary at the bottom', () => {
    const rankOf = (key: string): string[] => byKey(key).audience.flatMap((r) => (r.kind === 'rank' ? [r.rank] : []));
    expect(rankOf('hnw')).toEqual(['top']);
    expect(rankOf('growth')).toEqual(['middle']);
    expect(rankOf('ordinary')).toEqual(['bottom']);
    expect(byKey('growth').title['zh-CN']).toBe('潜力客户培育');
  });

  it('returns a fresh copy each time', () => {
    const a = createDefaultPlaybooks();
    (a[0].actions as LocalizedText[]).push({ 'zh-CN': 'x', 'en-US': 'x' });
    expect(createDefaultPlaybooks()[0].actions.length).toBe(a[0].actions.length - 1);
  });
});

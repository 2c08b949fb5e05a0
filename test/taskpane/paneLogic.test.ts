/** @jest-environment jsdom */
import fc from 'fast-check';
import { assignTiers, createDefaultModel, findModelProblems, tierGrid, type TierModel } from '../../src/engine';
import { compareScenarios } from '../../src/engine/migration';
import { columnMappingRows, headerChoices } from '../../src/taskpane/pipeline/columnMapping';
import { issueAddress, summarizeDataQuality } from '../../src/taskpane/pipeline/dataQuality';
import { liveTiering } from '../../src/taskpane/pipeline/liveTiering';
import { withHiddenRows } from '../../src/taskpane/pipeline/rowChunks';
import { quotaSeeds, thresholdSeeds } from '../../src/taskpane/pipeline/tierModeSeeds';
import { whatIfTable } from '../../src/taskpane/pipeline/whatIfTable';
import { applyModelEdit, tierModeOf } from '../../src/taskpane/state/modelEdits';
import { themeOfBackground } from '../../src/taskpane/theme';
import { parseModelJson } from '../../src/taskpane/modelFile';
import { clientGrid, HEADERS, SHEET_NAME } from './clientGrid';

describe('model edits', () => {
  it('change one factor or tier and leave the rest alone', () => {
    const model = createDefaultModel();
    const weighted = applyModelEdit(model, { kind: 'weight', factor: 1, weight: 60 });
    expect(weighted.factors.map((f) => f.weight)).toEqual([35, 60, 15, 15, 15]);
    expect(model.factors[1].weight).toBe(20); // never mutated
    const category = applyModelEdit(model, { kind: 'scale', factor: 4, scale: 'category' });
    expect(category.factors[4]).toMatchObject({ scale: 'category', categories: {} });
    expect(applyModelEdit(model, { kind: 'direction', factor: 0, direction: 'lower' }).factors[0].direction).toBe('lower');
  });

  it('a renamed tier loses the labels of its old name', () => {
    const renamed = applyModelEdit(createDefaultModel(), { kind: 'tierName', tier: 0, name: 'VIP' });
    expect(renamed.tiers[0]).toEqual({ name: 'VIP', minScore: 80 });
  });

  it('switches tier modes from seeds and stays valid', () => {
    const model = createDefaultModel();
    const quotas = applyModelEdit(model, { kind: 'tierMode', mode: 'quotas', seeds: [0.1, 0.3, 0.6, 1] });
    expect(tierModeOf(quotas)).toBe('quotas');
    expect(quotas.tiers.map((t) => ('topShare' in t ? t.topShare : undefined))).toEqual([0.1, 0.3, 0.6, undefined]);
    expect(quotas.tiers[0].label).toEqual(model.tiers[0].label);
    expect(findModelProblems(quotas)).toEqual([]);
    const back = applyModelEdit(quotas, { kind: 'tierMode', mode: 'thresholds', seeds: [75, 50, 25, 0] });
    expect(back.tiers.map((t) => ('minScore' in t ? t.minScore : undefined))).toEqual([75, 50, 25, 0]);
    expect(findModelProblems(back)).toEqual([]);
  });

  it('adds a tier just above the catch-all, halfway, in either mode', () => {
    const thresholds = applyModelEdit(createDefaultModel(), { kind: 'addTier', name: 'T5' });
    expect(thresholds.tiers.map((t) => [t.name, 'minScore' in t ? t.minScore : undefined])).toEqual([
      ['钻石', 80], ['黄金', 60], ['白银', 40], ['T5', 20], ['普通', 0],
    ]);
    expect(findModelProblems(thresholds)).toEqual([]);
    const quotaModel: TierModel = { ...createDefaultModel(), tiers: [{ name: 'A', topShare: 0.2 }, { name: 'B' }] };
    const quotas = applyModelEdit(quotaModel, { kind: 'addTier', name: 'C' });
    expect(quotas.tiers).toEqual([{ name: 'A', topShare: 0.2 }, { name: 'C', topShare: 0.6 }, { name: 'B' }]);
    expect(findModelProblems(quotas)).toEqual([]);
  });

  it('removing the last quota tier makes the one above it take the rest; the only tier stays', () => {
    const quotaModel: TierModel = { ...createDefaultModel(), tiers: [{ name: 'A', topShare: 0.2 }, { name: 'B', topShare: 0.5 }, { name: 'C' }] };
    expect(applyModelEdit(quotaModel, { kind: 'removeTier', tier: 2 }).tiers).toEqual([{ name: 'A', topShare: 0.2 }, { name: 'B' }]);
    const single: TierModel = { ...createDefaultModel(), tiers: [{ name: 'A', minScore: 0 }] };
    expect(applyModelEdit(single, { kind: 'removeTier', tier: 0 }).tiers).toEqual([{ name: 'A', minScore: 0 }]);
  });
});

describe('tier mode seeds', () => {
  it('quotas start at the live cumulative shares, kept strictly increasing', () => {
    expect(quotaSeeds([4, 6, 10, 20], 4)).toEqual([0.1, 0.25, 0.5, 1]);
    expect(quotaSeeds([4, 0, 16], 3)).toEqual([0.2, 0.201, 1]);
    expect(quotaSeeds(undefined, 4)).toEqual([0.25, 0.5, 0.75, 1]);
  });

  it('thresholds start at the live cutoffs, unrounded, the last at 0', () => {
    expect(thresholdSeeds([71.234, 55.55, 20.01, -Infinity], 4)).toEqual([71.234, 55.55, 20.01, 0]);
    expect(thresholdSeeds([NaN, NaN, NaN], 3)).toEqual([66.7, 33.3, 0]);
    expect(thresholdSeeds([50, 50, 10], 3)).toEqual([50, 50 - 1e-6, 0]);
  });
});

describe('switching thresholds and quotas', () => {
  // Scores with ties (one decimal), some tiers empty at times: both switches must keep every client's tier.
  const scoreLists = fc.array(fc.integer({ min: 0, max: 1000 }).map((v) => v / 10), { minLength: 1, maxLength: 300 });
  const thresholdTiers = fc.uniqueArray(fc.integer({ min: 1, max: 999 }).map((v) => v / 10), { minLength: 1, maxLength: 7 })
    .map((mins) => [...mins.sort((a, b) => b - a), 0].map((minScore, k) => ({ name: `T${k}`, minScore })));

  it('thresholds → quotas keeps every client\'s tier', () => {
    fc.assert(fc.property(scoreLists, thresholdTiers, (list, tiers) => {
      const scores = Float64Array.from(list);
      const before = assignTiers(scores, tiers);
      const seeds = quotaSeeds(before.tierCounts, tiers.length);
      const quotas = applyModelEdit({ ...createDefaultModel(), tiers }, { kind: 'tierMode', mode: 'quotas', seeds }).tiers;
      // An empty top tier cannot be said as a quota (its sliver takes one client): only tiers with clients are compared.
      fc.pre(before.tierCounts[0] > 0 && Array.from(before.tierCounts).every((n, k) => n > 0 || k === tiers.length - 1));
      expect(Array.from(assignTiers(scores, quotas).tierIndex)).toEqual(Array.from(before.tierIndex));
    }));
  });

  it('quotas → thresholds keeps every client\'s tier', () => {
    const quotaTiers = fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 7 })
      .map((shares) => [...shares.sort((a, b) => a - b).map((v, k) => ({ name: `T${k}`, topShare: v / 1000 })), { name: 'rest' }]);
    fc.assert(fc.property(scoreLists, quotaTiers, (list, tiers) => {
      const scores = Float64Array.from(list);
      const before = assignTiers(scores, tiers);
      const seeds = thresholdSeeds(before.tierCutoffs, tiers.length);
      const thresholds = applyModelEdit({ ...createDefaultModel(), tiers }, { kind: 'tierMode', mode: 'thresholds', seeds }).tiers;
      expect(Array.from(assignTiers(scores, thresholds).tierIndex)).toEqual(Array.from(before.tierIndex));
    }));
  });

  it('editing a quota tier\'s own share keeps the own shares of the tiers below it', () => {
    const tiers = [{ name: 'A', topShare: 0.1 }, { name: 'B', topShare: 0.3 }, { name: 'C', topShare: 0.6 }, { name: 'D' }];
    const edited = applyModelEdit({ ...createDefaultModel(), tiers }, { kind: 'tierOwnShare', tier: 1, share: 0.25 }).tiers;
    expect(edited).toEqual([{ name: 'A', topShare: 0.1 }, { name: 'B', topShare: 0.35 }, { name: 'C', topShare: 0.65 }, { name: 'D' }]);
  });
});

describe('column mapping rows', () => {
  it('match like locateSheetLayout and show the user’s choice as chosen', () => {
    const model = createDefaultModel();
    const rows = columnMappingRows(HEADERS, model, { assets: '金融资产' });
    expect(rows.map((r) => [r.key, r.match?.header, r.match?.kind, r.chosen])).toEqual([
      ['id', '客户号', 'exact', false], ['assets', '金融资产', 'exact', true], ['frequency', '年交易次数(次)', 'unit', false],
      ['needs', '客户需求', 'exact', false], ['risk', '风险等级', 'exact', false], ['loyalty', '开户年限', 'exact', false],
    ]);
    expect(columnMappingRows(['客户号', '总资产'], model, {})[2].match).toBeUndefined();
  });

  it('offer each non-empty header once', () => {
    expect(headerChoices(['a', null, '', 'b', 'a', 3])).toEqual(['a', 'b', '3']);
  });
});

describe('data quality', () => {
  it('addresses issues by sheet column: the layout index plus the block’s first column', () => {
    const grid = clientGrid().map((row) => row.slice(1)); // the block, from column B
    const result = tierGrid(grid, createDefaultModel(), SHEET_NAME);
    const [first] = result.issues;
    expect(issueAddress(first, result.table.layout, 1)).toBe('D9');
    expect(issueAddress(first, result.table.layout, 0)).toBe('C9');
    const quality = summarizeDataQuality(result.issues, result.table.layout, { sheetName: SHEET_NAME, firstColumn: 1 }, result.table.size, 1);
    expect(quality.listed.map((p) => p.fullAddress)).toEqual(["'客户明细'!D9", "'客户明细'!G14", "'客户明细'!E19", "'客户明细'!B23", "'客户明细'!B24"]);
    expect(quality.byProblem).toEqual({ invalid_number: 1, missing_value: 1, unknown_category: 1, duplicate_id: 2, text_number: 0, hidden_row: 0 });
  });

  it('lists at most 50 problems but counts them all', () => {
    const grid = clientGrid().map((row, r) => (r >= 3 && r < 43 ? row.map((c, i) => (i === 3 ? null : c)) : row));
    const twice = [...grid, ...grid.slice(3, 43).map((row) => row.map((c, i) => (i === 1 ? `${String(c)}x` : i === 3 ? null : c)))];
    const result = tierGrid(twice, createDefaultModel(), SHEET_NAME);
    const quality = summarizeDataQuality(result.issues, result.table.layout, { sheetName: SHEET_NAME, firstColumn: 0 }, result.table.size, 0);
    expect(quality.totalProblems).toBeGreaterThan(50);
    expect(quality.listed).toHaveLength(50);
  });
  it('points a whole-row notice (a hidden row) at the row’s first block cell, even when a header is blank', () => {
    const result = tierGrid(clientGrid().map((row) => row.slice(1)), createDefaultModel(), SHEET_NAME);
    // A blank header cell in the fourth column must not draw the notice there.
    const layout = { ...result.table.layout, headers: result.table.layout.headers.map((h, i) => (i === 3 ? '' : h)) };
    const notice = { row: 30, column: '', value: '', problem: 'hidden_row' as const, client: 26, message: { 'zh-CN': '', 'en-US': '' } };
    expect(issueAddress(notice, layout, 1)).toBe('B30');
    expect(issueAddress(notice, layout, 0)).toBe('A30');
  });

  it('attaches each hidden row to the cached chunk that holds it', () => {
    const chunk = (firstRowNumber: number, count: number): { firstRowNumber: number; rows: null[][] } => ({ firstRowNumber, rows: Array.from({ length: count }, () => [null]) });
    const chunks = [chunk(1, 3), chunk(4, 3), chunk(7, 3)];
    const attached = withHiddenRows(chunks, [2, 3, 7, 9, 12]);
    expect(attached.map((c) => c.hiddenRowNumbers)).toEqual([[2, 3], undefined, [7, 9]]);
    expect(attached[1]).toBe(chunks[1]);
    expect(withHiddenRows(chunks, [])).toEqual(chunks);
  });
});

describe('live tiering and the what-if table', () => {
  it('reweighs from cached factor scores exactly as a full run would', () => {
    const base = tierGrid(clientGrid(), createDefaultModel(), SHEET_NAME);
    const moved = { ...createDefaultModel(), factors: createDefaultModel().factors.map((f, i) => (i === 4 ? { ...f, weight: 80 } : f)) };
    const live = liveTiering(base, moved);
    const full = tierGrid(clientGrid(), moved, SHEET_NAME);
    expect(Array.from(live.reweighing.tierIndex)).toEqual(Array.from(full.tierIndex));
    expect(live.summary.map((r) => r.count)).toEqual(Array.from(full.tierCounts));
    expect(live.notTiered).toBe(0);
  });

  it('lays out compareScenarios’ matrix with changed cells marked', () => {
    const base = tierGrid(clientGrid(), createDefaultModel(), SHEET_NAME);
    const moved = liveTiering(base, { ...createDefaultModel(), factors: createDefaultModel().factors.map((f, i) => (i === 0 ? { ...f, weight: 90 } : f)) });
    const table = whatIfTable(compareScenarios(base, moved.result).matrix);
    expect(table.columns).toEqual(base.model.tiers.map((t) => ({ kind: 'tier', name: t.name })));
    expect(table.rows.map((r) => r.heading)).toEqual(base.model.tiers.map((t) => ({ kind: 'tier', name: t.name })));
    table.rows.forEach((row, f) => row.cells.forEach((cell, t) => {
      let expected = 0;
      for (let i = 0; i < base.tierIndex.length; i++) if (base.tierIndex[i] === f && moved.reweighing.tierIndex[i] === t) expected++;
      expect([f, t, cell.count, cell.changed]).toEqual([f, t, expected, f !== t]);
    }));
  });
});

describe('small pieces', () => {
  it('reads Office’s theme from its background colour', () => {
    expect(themeOfBackground('#1F1F1F')).toBe('dark');
    expect(themeOfBackground('FFFFFF')).toBe('light');
    expect(themeOfBackground(undefined)).toBe('light');
    expect(themeOfBackground('not a colour')).toBe('light');
  });

  it('parses model JSON or throws a bilingual TierBookError', () => {
    expect(parseModelJson(JSON.stringify(createDefaultModel()), 'm.json').factors).toHaveLength(5);
    expect(() => parseModelJson('[', 'm.json')).toThrow('The file "m.json" is not valid JSON, so it cannot be imported as a model.');
    try {
      parseModelJson('[', 'm.json');
    } catch (error) {
      expect((error as { messages: Record<string, string> }).messages['zh-CN']).toBe('文件「m.json」不是有效的 JSON，无法作为模型导入。');
    }
  });
});

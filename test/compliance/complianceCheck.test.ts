import {
  ADDIN_EXTRA_ROLES, buildClientSuitability, checkClientCompliance, composeOutputPlan, countFindings, createDefaultModel, createDefaultPlaybooks,
  DEFAULT_ADDIN_CHOICES, DEFAULT_COMPLIANCE_OPTIONS, assessmentStatus, complianceCountsOfPlan, expirySerial, isoDateOfSerial, readExtraColumns,
  playbookForTier, serialOfIsoDate, tierGrid, type CellValue, type ComplianceOptions, type TierModel,
} from '../../src/engine';

const RUN = '2026-06-30';
const day = (iso: string): number => serialOfIsoDate(iso) as number;
const statusOn = (assessed: string, options: ComplianceOptions = DEFAULT_COMPLIANCE_OPTIONS): string => assessmentStatus(day(assessed), day(RUN), options).status;

describe('assessment currency (run date 2026-06-30, valid 2 years, 30 days warning)', () => {
  it('expires on the day two calendar years after the assessment, clamping 29 February', () => {
    expect(isoDateOfSerial(expirySerial(day('2024-06-30'), { amount: 2, unit: 'year' }))).toBe('2026-06-30');
    expect(isoDateOfSerial(expirySerial(day('2024-02-29'), { amount: 1, unit: 'year' }))).toBe('2025-02-28');
    expect(isoDateOfSerial(expirySerial(day('2025-08-31'), { amount: 6, unit: 'month' }))).toBe('2026-02-28');
  });

  it('is 即将过期 the day before expiry, 已过期 on and after it', () => {
    expect(statusOn('2024-07-01')).toBe('expiring'); // expires 2026-07-01: run date is the day before
    expect(statusOn('2024-06-30')).toBe('expired'); // expires on the run date
    expect(statusOn('2024-06-29')).toBe('expired'); // expired the day before
  });

  it('starts the warning window exactly 30 days before expiry', () => {
    expect(statusOn('2024-07-30')).toBe('expiring'); // expires 2026-07-30, 30 days after the run date
    expect(statusOn('2024-07-31')).toBe('current'); // expires 2026-07-31, 31 days after
    expect(statusOn('2024-07-31', { ...DEFAULT_COMPLIANCE_OPTIONS, warningDays: 31 })).toBe('expiring');
    expect(statusOn('2025-01-01', { ...DEFAULT_COMPLIANCE_OPTIONS, validity: { amount: 18, unit: 'month' } })).toBe('expiring'); // 18 months: expires 2026-07-01
    expect(statusOn('2024-12-30', { ...DEFAULT_COMPLIANCE_OPTIONS, validity: { amount: 18, unit: 'month' } })).toBe('expired'); // expired 2026-06-30
  });
});

const HEADER = ['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限', '风险测评日期', '专业投资者标志', '客户类型', '金融资产', '投资经验年限', '最低类别'];

/** Clients built so that the default quotas put the first rows in the top tier (钻石: R3 and R4 products). */
function grid(rows: CellValue[][]): CellValue[][] {
  return [HEADER, ...rows];
}

function run(rows: CellValue[][], model: TierModel = createDefaultModel(), previous?: ReadonlyMap<string, string>) {
  const g = grid(rows);
  const result = tierGrid(g, model, '客户', {}, { runDate: RUN });
  const extras = readExtraColumns(g, result.table.layout, ADDIN_EXTRA_ROLES, result.table.rowNumbers, model);
  const profiles = buildClientSuitability(extras, result.table.rowNumbers);
  const compliance = checkClientCompliance({ result, extras, profiles, playbooks: createDefaultPlaybooks(), options: model.compliance ?? DEFAULT_COMPLIANCE_OPTIONS, sourceSheet: '客户', previousStates: previous });
  return { result, extras, compliance, g };
}

describe('the shelf checked per client', () => {
  // Ten clients; the richest two land in the top tier 钻石 (quota 10%… with ten clients: the top one or two).
  const rows = (): CellValue[][] => Array.from({ length: 10 }, (_, i) => [
    `C${100 + i}`, 1_000_000 * (10 - i), 100 - i, '基础理财', 'C3', 5, '2025-06-01', null, '个人', 100_000, 1, null,
  ]);

  it('gives a C3 client of a tier with R3 and R4 products the R3 product and a finding for the R4 one (Art. 22)', () => {
    const { result, compliance } = run(rows());
    const top = result.tierIndex.indexOf(0);
    const shelf = compliance.shelves[top];
    expect(shelf.suitable.map((p) => p.riskRating)).not.toContain(4);
    expect(shelf.unsuitable.map((u) => [u.product.riskRating, u.kind])).toContainEqual([4, 'above_level']);
    const finding = compliance.findings.find((f) => f.client === top && f.kind === 'above_level');
    expect(finding?.after?.['zh-CN']).toBe('R4');
    expect(finding?.reason['zh-CN']).toContain('不得主动推介');
  });

  it('gives a 最低类别 client nothing above R1 (Art. 19, 22) and a lapsed assessment nothing at all (Art. 21)', () => {
    const r = rows();
    r[0][11] = '是';
    r[1][6] = '2024-06-30';
    r[2][6] = null;
    const { compliance } = run(r);
    const kinds = (client: number): string[] => compliance.shelves[client].unsuitable.map((u) => u.kind);
    expect(new Set(kinds(0))).toEqual(new Set(['lowest_category']));
    expect(compliance.shelves[1].suitable).toEqual([]);
    expect(new Set(kinds(1))).toEqual(new Set(['assessment_lapsed']));
    expect(compliance.shelves[2].suitable).toEqual([]);
    expect(new Set(kinds(2))).toEqual(new Set(['not_assessed']));
    expect(compliance.statuses?.slice(0, 3)).toEqual(['current', 'expired', 'missing']);
  });

  it('keeps the stored level for a lapsed assessment when the firm chooses so', () => {
    const r = rows();
    r[1][6] = '2024-06-30';
    const { compliance } = run(r, { ...createDefaultModel(), compliance: { ...DEFAULT_COMPLIANCE_OPTIONS, lapsed: 'keepLevel' } });
    expect(compliance.shelves[1].unsuitable.every((u) => u.kind !== 'assessment_lapsed')).toBe(true);
  });

  it('reports a future date and a text that is not a date with their cells, never guessing', () => {
    const r = rows();
    r[3][6] = '2026-07-01';
    r[4][6] = '去年';
    const { compliance } = run(r);
    const bad = compliance.findings.filter((f) => f.kind === 'bad_assessment_date');
    expect(bad.map((f) => f.cell)).toEqual(["'客户'!G5", "'客户'!G6"]);
    expect(compliance.statuses?.[3]).toBe('missing');
    expect(compliance.statuses?.[4]).toBe('missing');
  });

  it('flags a tier whose shelf is unsuitable for most of its clients', () => {
    // Every client C1: a tier is flagged exactly when none of its shelf's products is R1 (and it has clients).
    const r = rows().map((row) => { const x = [...row]; x[4] = 'C1'; return x; });
    const { compliance, result } = run(r);
    const playbooks = createDefaultPlaybooks();
    const expected = result.model.tiers.filter((_, k) => (result.tierCounts[k] ?? 0) > 0 && (playbookForTier(playbooks, result.model.tiers, k)?.playbook.products ?? []).every((p) => (p.riskRating ?? 0) > 1)).map((t) => t.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(compliance.findings.filter((f) => f.kind === 'shelf_unsuitable').map((f) => f.tier)).toEqual(expected);
    // All C5: nothing is flagged.
    const c5 = run(rows().map((row) => { const x = [...row]; x[4] = 'C5'; return x; }));
    expect(c5.compliance.findings.filter((f) => f.kind === 'shelf_unsuitable')).toEqual([]);
  });

  it('lists professional flags the data contradicts (Art. 8)', () => {
    const r = rows();
    r[0][7] = '是'; // flagged professional, but 100,000 of assets and 1 year: fails Art. 8
    r[1][7] = '否'; r[1][9] = 6_000_000; r[1][10] = 3; // flagged ordinary, data passes
    const { compliance } = run(r);
    expect(compliance.findings.filter((f) => f.kind.startsWith('flag_')).map((f) => [f.kind, f.cell])).toEqual([
      ['flag_professional_fails_test', "'客户'!H2"], ['flag_ordinary_passes_test', "'客户'!H3"],
    ]);
  });
});

describe('notices across two runs', () => {
  const base = (): CellValue[][] => Array.from({ length: 6 }, (_, i) => [
    `N${i}`, 1_000_000 * (6 - i), 10, '基础理财', 'C3', 5, '2025-06-01', null, '个人', 100_000, 1, null,
  ]);

  it('lists a changed risk level (Art. 21), a new and a former 最低类别, and a changed professional status', () => {
    const first = run(base());
    const previous = new Map(first.result.table.ids.map((id, c) => [id, first.compliance.states[c]]));
    const r = base();
    r[0][4] = 'C4';
    r[1][11] = '是';
    r[3][9] = 6_000_000; r[3][10] = 3; // now passes Art. 8: professional
    const second = run(r, createDefaultModel(), previous);
    const notices = second.compliance.findings.filter((f) => ['risk_level_changed', 'became_lowest', 'left_lowest', 'professional_changed'].includes(f.kind));
    expect(notices.map((f) => [f.kind, second.result.table.ids[f.client as number], f.before?.['zh-CN'], f.after?.['zh-CN']])).toEqual([
      ['risk_level_changed', 'N0', 'C3', 'C4'],
      ['became_lowest', 'N1', '否', '是'],
      ['professional_changed', 'N3', '普通投资者', '专业投资者'],
    ]);
    const third = run(base(), createDefaultModel(), new Map(second.result.table.ids.map((id, c) => [id, second.compliance.states[c]])));
    expect(third.compliance.findings.filter((f) => f.kind === 'left_lowest').map((f) => second.result.table.ids[f.client as number])).toEqual(['N1']);
    expect(countFindings(third.compliance.findings).risk_level_changed).toBe(1);
  });
});

describe('the plan', () => {
  it('adds the 合规检查 sheet and the compliance columns, and the counts read back from the sheet', () => {
    const rows: CellValue[][] = Array.from({ length: 10 }, (_, i) => [`P${i}`, 1_000_000 * (10 - i), 10, '基础理财', i === 0 ? 'C1' : 'C3', 5, '2025-06-01', null, '个人', 1, 1, null]);
    const { result, extras } = run(rows);
    const plan = composeOutputPlan({
      result, locale: 'zh-CN', extras, run: { timestamp: '2026-06-30T09:00:00Z', tool: 'test' },
      choices: { ...DEFAULT_ADDIN_CHOICES, mode: 'values', suitabilityColumns: true },
      source: { sheetName: '客户', lastUsedColumn: HEADER.length - 1, lastRow: rows.length + 1 }, confirmedChecks: true,
    });
    const sheet = plan.sheets.find((s) => s.key === 'compliance');
    expect(sheet?.preferredName).toBe('合规检查');
    expect(plan.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['assessmentStatus', 'assessmentExpiry', 'suitableShelf', 'complianceState']));
    const counts = complianceCountsOfPlan(plan);
    expect(counts?.above_level).toBeGreaterThan(0);
    const log = plan.sheets.find((s) => s.key === 'log');
    expect(log?.rows[1][17]).toBe(RUN);
    expect(String(log?.rows[1][18])).toMatch(/^[0-9a-f]{64}$/u);
  });
});

describe('a product the templates leave unrated', () => {
  it('is unsuitable for every client of its tier, with the templates cell, and counts towards the shelf flag', () => {
    const rows = Array.from({ length: 10 }, (_, i): CellValue[] => [`C${100 + i}`, 1_000_000 * (10 - i), 100 - i, '基础理财', 'C5', 5, '2025-06-01', null, '个人', 100_000, 1, null]);
    const g = grid(rows);
    const model = createDefaultModel();
    const result = tierGrid(g, model, '客户', {}, { runDate: RUN });
    const extras = readExtraColumns(g, result.table.layout, ADDIN_EXTRA_ROLES, result.table.rowNumbers, model);
    const profiles = buildClientSuitability(extras, result.table.rowNumbers);
    const cell = "'策略模板'!E14";
    // Every shelf holds one product whose R-level the templates lack; a C5 client could buy anything else.
    const playbooks = createDefaultPlaybooks().map((p) => (p.products ? { ...p, products: [{ category: { 'zh-CN': '神秘产品', 'en-US': 'Mystery product' }, riskRating: undefined, unrated: { cell, typed: 'R7' } }] } : p));
    const compliance = checkClientCompliance({ result, extras, profiles, playbooks, options: DEFAULT_COMPLIANCE_OPTIONS, sourceSheet: '客户' });
    const tiered = result.tierIndex.filter((k) => k >= 0).length;
    const unrated = compliance.findings.filter((f) => f.kind === 'unrated_product');
    expect(unrated).toHaveLength(tiered);
    expect(unrated[0].cell).toBe(cell);
    expect(unrated[0].product).toEqual({ 'zh-CN': '神秘产品（R?）', 'en-US': 'Mystery product (R?)' });
    expect(unrated[0].reason['en-US']).toBe(`R-level "R7" unknown in the templates (cell ${cell}, expected R1–R5): Mystery product (R?) is unsuitable for every client until fixed`);
    expect(unrated[0].reason['zh-CN']).toContain(`（单元格 ${cell}，应为 R1–R5）：修正前对所有客户均不适当`);
    for (let c = 0; c < result.table.size; c++) {
      if (result.tierIndex[c] < 0) continue;
      expect(compliance.shelves[c].suitable).toEqual([]);
      expect(compliance.shelves[c].unsuitable.map((u) => u.kind)).toEqual(['unrated_product']);
    }
    expect(countFindings(compliance.findings).unrated_product).toBe(tiered);
    expect(compliance.findings.some((f) => f.kind === 'shelf_unsuitable')).toBe(true);
    expect(compliance.findings.some((f) => f.kind === 'above_level')).toBe(false);
  });
});

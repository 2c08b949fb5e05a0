import { text, type LocalizedText } from '../i18n/locale';
import { joinMessages, locatedMessage } from '../i18n/joinMessages';
import { TierBookError } from '../errors';
import { normalizeLabel } from '../cell/normalizeText';
import { findComplianceOptionProblems } from '../compliance/complianceOptions';
import { findSegmentRuleProblems, type SegmentRules } from '../segments/segmentRules';
import { findWeightSourceProblems } from './weightSource';
import { isThresholdTier, type TierModel, type TierSpec } from './types';

/** One thing wrong with a model, located by a JSON path such as "factors[2].weight". */
export interface ModelProblem {
  readonly path: string;
  readonly message: LocalizedText;
}

const SCALES = new Set(['percentile', 'minmax', 'log', 'category']);
const DIRECTIONS = new Set(['higher', 'lower']);

/** Every problem in a model, so that a user fixes them in one pass rather than one per run. */
export function findModelProblems(input: unknown): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const add = (path: string, zh: string, en: string): void => { problems.push({ path, message: text(zh, en) }); };
  if (!isRecord(input)) {
    add('', '模型必须是一个 JSON 对象', 'the model must be a JSON object');
    return problems;
  }
  if (input.idColumn !== undefined && (typeof input.idColumn !== 'string' || input.idColumn.trim() === '')) {
    add('idColumn', 'idColumn 必须是非空文本', 'idColumn must be non-empty text');
  }
  if (input.missing !== undefined && input.missing !== 'zero' && input.missing !== 'exclude') {
    add('missing', `missing 必须是 "zero" 或 "exclude"，而不是 ${JSON.stringify(input.missing)}`,
      `missing must be "zero" or "exclude", not ${JSON.stringify(input.missing)}`);
  }
  if (!Array.isArray(input.factors) || input.factors.length === 0) {
    add('factors', '至少需要一个因子', 'the model needs at least one factor');
  } else {
    if (input.factors.length > 32) add('factors', `最多 32 个因子（当前 ${input.factors.length} 个）`, `at most 32 factors (this model has ${input.factors.length})`);
    const keys = new Set<string>();
    input.factors.forEach((f: unknown, i: number) => checkFactor(f, `factors[${i}]`, keys, add));
    const weights = input.factors.map((f: unknown) => (isRecord(f) && typeof f.weight === 'number' ? f.weight : 0));
    if (weights.every((w: number) => w === 0)) add('factors', '所有权重都为 0：至少一个因子的权重必须大于 0', 'all weights are zero: at least one factor needs a weight above 0');
  }
  if (input.segments !== undefined) {
    if (!isRecord(input.segments) || !isRecord(input.segments.dimensions)) {
      add('segments', 'segments 必须是含 dimensions 的对象', 'segments must be an object with dimensions');
    } else {
      for (const p of findSegmentRuleProblems(input.segments as unknown as SegmentRules)) problems.push({ path: 'segments', message: p });
    }
  }
  if (input.compliance !== undefined) problems.push(...findComplianceOptionProblems(input.compliance));
  if (input.weightSource !== undefined) {
    for (const p of findWeightSourceProblems(input.weightSource)) problems.push({ path: p.path ? `weightSource.${p.path}` : 'weightSource', message: p.message });
  }
  if (!Array.isArray(input.tiers) || input.tiers.length === 0) {
    add('tiers', '至少需要一个等级', 'the model needs at least one tier');
  } else {
    checkTiers(input.tiers, add);
  }
  return problems;
}

/** Returns the model typed, or throws one TierBookError listing every problem. */
export function validateModel(input: unknown, source = 'model'): TierModel {
  const problems = findModelProblems(input);
  if (problems.length > 0) {
    const lines = (locale: 'zh-CN' | 'en-US'): string => joinMessages(problems.map((p) => locatedMessage(p.path || (locale === 'zh-CN' ? '（根）' : '(root)'), p.message[locale], locale)), locale);
    throw new TierBookError('INVALID_MODEL', text(`模型无效（${source}）：${lines('zh-CN')}`, `invalid model (${source}): ${lines('en-US')}`), undefined,
      problems.map((p) => `${p.path}: ${p.message['en-US']}`));
  }
  return input as unknown as TierModel;
}

type Add = (path: string, zh: string, en: string) => void;

function checkFactor(f: unknown, path: string, keys: Set<string>, add: Add): void {
  if (!isRecord(f)) { add(path, '因子必须是对象', 'a factor must be an object'); return; }
  if (typeof f.key !== 'string' || f.key.trim() === '') add(`${path}.key`, '因子需要 key', 'a factor needs a key');
  else if (keys.has(f.key)) add(`${path}.key`, `因子 key「${f.key}」重复`, `factor key "${f.key}" is used twice`);
  else keys.add(f.key);
  if (typeof f.column !== 'string' || f.column.trim() === '') add(`${path}.column`, '因子需要对应的列名 column', 'a factor needs a column header');
  if (typeof f.weight !== 'number' || !Number.isFinite(f.weight)) add(`${path}.weight`, '权重必须是数字', 'the weight must be a number');
  else if (f.weight < 0) add(`${path}.weight`, `权重不能为负数（${f.weight}）`, `the weight cannot be negative (${f.weight})`);
  if (typeof f.scale !== 'string' || !SCALES.has(f.scale)) {
    add(`${path}.scale`, `未知的计分方式 ${JSON.stringify(f.scale)}（可用：percentile、minmax、log、category）`,
      `unknown scale ${JSON.stringify(f.scale)} (use percentile, minmax, log or category)`);
  }
  if (f.direction !== undefined && (typeof f.direction !== 'string' || !DIRECTIONS.has(f.direction))) {
    add(`${path}.direction`, `direction 必须是 "higher" 或 "lower"`, `direction must be "higher" or "lower"`);
  }
  if (f.digitPrefix !== undefined && (typeof f.digitPrefix !== 'string' || !/^[A-Za-z]{1,3}$/u.test(f.digitPrefix) || f.scale !== 'category')) {
    add(`${path}.digitPrefix`, 'digitPrefix 只用于分类因子，须为 1–3 个字母（如 "C"：单元格 3 读作 C3）',
      'digitPrefix is for category factors only and must be 1–3 letters (e.g. "C": a cell holding 3 reads as C3)');
  }
  if (f.clip !== undefined) checkClip(f.clip, f.scale, `${path}.clip`, add);
  if (f.scale === 'category') checkCategories(f.categories, `${path}.categories`, add);
  else if (f.categories !== undefined && !isRecord(f.categories)) add(`${path}.categories`, 'categories 必须是对象', 'categories must be an object');
}

/** A clip is two percentiles, low below high, on a numeric scale (a category has no order to clip). */
function checkClip(clip: unknown, scale: unknown, path: string, add: Add): void {
  if (scale === 'category') {
    add(path, '分类因子不能截尾（clip 只适用于数值计分方式）', 'a category factor cannot be clipped (clip is for numeric scales only)');
    return;
  }
  const ok = Array.isArray(clip) && clip.length === 2 && clip.every((p) => typeof p === 'number' && Number.isFinite(p) && p >= 0 && p <= 100);
  if (!ok) {
    add(path, `截尾 clip 必须是两个 0–100 之间的百分位 [低, 高]（${JSON.stringify(clip)}）`, `clip must be two percentiles from 0 to 100, [low, high] (${JSON.stringify(clip)})`);
    return;
  }
  const [low, high] = clip as number[];
  if (low >= high) add(path, `截尾下限 ${low} 必须低于上限 ${high}`, `the clip's low percentile ${low} must be below its high ${high}`);
}

function checkCategories(categories: unknown, path: string, add: Add): void {
  if (!isRecord(categories) || Object.keys(categories).length === 0) {
    add(path, '分类因子需要 categories 映射（如 {"C1": 0, "C5": 100}）', 'a category factor needs a categories map (e.g. {"C1": 0, "C5": 100})');
    return;
  }
  const seen = new Map<string, string>();
  for (const [label, score] of Object.entries(categories)) {
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
      add(`${path}.${label}`, `分类「${label}」的分数必须是 0–100 之间的数字`, `category "${label}" must score a number from 0 to 100`);
    }
    const key = normalizeLabel(label);
    const earlier = seen.get(key);
    if (earlier !== undefined && categories[earlier] !== score) {
      add(`${path}.${label}`, `分类「${label}」与「${earlier}」规范化后相同但分数不同`, `category "${label}" normalises to the same label as "${earlier}" with another score`);
    }
    seen.set(key, label);
  }
}

function checkTiers(tiers: unknown[], add: Add): void {
  const names = new Set<string>();
  tiers.forEach((t, i) => {
    if (!isRecord(t) || typeof t.name !== 'string' || t.name.trim() === '') { add(`tiers[${i}].name`, '等级需要名称', 'a tier needs a name'); return; }
    if (names.has(t.name)) add(`tiers[${i}].name`, `等级名称「${t.name}」重复`, `tier name "${t.name}" is used twice`);
    names.add(t.name);
  });
  const typed = tiers.filter(isRecord) as unknown as TierSpec[];
  if (typed.length !== tiers.length) return;
  const threshold = typed.filter((t) => (t as { minScore?: unknown }).minScore !== undefined);
  if (threshold.length > 0 && threshold.length < typed.length) {
    add('tiers', '等级不能混用 minScore（分数线）与 topShare（比例）', 'tiers cannot mix minScore (thresholds) and topShare (quotas)');
    return;
  }
  if (threshold.length > 0) checkThresholdTiers(typed, add);
  else checkQuotaTiers(typed, add);
}

function checkThresholdTiers(tiers: TierSpec[], add: Add): void {
  let previous = Infinity;
  tiers.forEach((t, i) => {
    const min = (t as { minScore?: unknown }).minScore;
    if (!isThresholdTier(t) || !Number.isFinite(min)) { add(`tiers[${i}].minScore`, 'minScore 必须是数字', 'minScore must be a number'); return; }
    if (t.minScore < 0 || t.minScore > 100) add(`tiers[${i}].minScore`, `minScore 必须在 0–100 之间（${t.minScore}）`, `minScore must be within 0–100 (${t.minScore})`);
    if (t.minScore >= previous) {
      add(`tiers[${i}].minScore`, `等级顺序错误：「${t.name}」的分数线 ${t.minScore} 不低于上一等级的 ${previous}`,
        `tiers out of order: "${t.name}" has minScore ${t.minScore}, not below the previous tier's ${previous}`);
    }
    previous = t.minScore;
  });
}

function checkQuotaTiers(tiers: TierSpec[], add: Add): void {
  let previous = 0;
  tiers.forEach((t, i) => {
    const share = (t as { topShare?: unknown }).topShare;
    const isLast = i === tiers.length - 1;
    if (share === undefined) {
      if (!isLast) add(`tiers[${i}].topShare`, '除最后一个等级外，每个等级都需要 topShare', 'every tier but the last needs a topShare');
      return;
    }
    if (typeof share !== 'number' || !Number.isFinite(share) || share <= 0 || share > 1) {
      add(`tiers[${i}].topShare`, `topShare 必须在 (0, 1] 之间（${String(share)}）`, `topShare must be within (0, 1] (${String(share)})`);
      return;
    }
    if (share <= previous) {
      add(`tiers[${i}].topShare`, `等级顺序错误：topShare 是自上而下的累计比例，${share} 应大于 ${previous}`,
        `tiers out of order: topShare is cumulative from the top, so ${share} must exceed ${previous}`);
    }
    previous = share;
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}


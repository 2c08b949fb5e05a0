import { text, type LocalizedText, type Locale } from '../i18n/locale';

/** How a model's weights were set: by hand, by AHP judgements, by the data's spread, or a blend of the two. */
export type WeightMethod = 'manual' | 'ahp' | 'entropy' | 'critic' | 'blend';

/**
 * Where a model's weights came from, so a shared workbook can answer "why 35% for assets?" (issue 12). Only the
 * fields that apply are present: the AHP matrix and its CR, the m clients an objective method saw, the blend's α.
 */
export interface WeightSource {
  method: WeightMethod;
  /** The factor keys, in the order of the matrix's rows and columns (AHP) or of the objective weights. */
  factors?: string[];
  /** AHP (or a blend's subjective part): the full reciprocal judgement matrix. */
  matrix?: number[][];
  /** AHP's consistency ratio. */
  cr?: number;
  /** Entropy / CRITIC (or a blend's objective part): how many complete clients the weights were computed over. */
  clients?: number;
  /** Blend only: which objective method was blended. */
  objective?: 'entropy' | 'critic';
  /** Blend only: w = α · subjective + (1 − α) · objective. */
  alpha?: number;
  /** Manual only: the source the hand-set weights started from (kept when a slider moves an adopted weighting). */
  derivedFrom?: WeightSource;
}

const METHODS = new Set<unknown>(['manual', 'ahp', 'entropy', 'critic', 'blend']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Every problem in a weightSource, each as a path below it ("" for the object itself) and a message. */
export function findWeightSourceProblems(input: unknown, nested = false): { path: string; message: LocalizedText }[] {
  const problems: { path: string; message: LocalizedText }[] = [];
  const add = (path: string, zh: string, en: string): void => { problems.push({ path, message: text(zh, en) }); };
  if (!isRecord(input)) { add('', 'weightSource 必须是对象', 'weightSource must be an object'); return problems; }
  if (!METHODS.has(input.method)) {
    add('method', `未知的权重方法 ${JSON.stringify(input.method)}（可用：manual、ahp、entropy、critic、blend）`,
      `unknown weight method ${JSON.stringify(input.method)} (use manual, ahp, entropy, critic or blend)`);
  }
  const { factors, matrix } = input;
  if (factors !== undefined && (!Array.isArray(factors) || factors.some((k) => typeof k !== 'string' || k === ''))) {
    add('factors', 'factors 必须是因子键的列表', 'factors must be a list of factor keys');
  }
  if (matrix !== undefined) {
    const n = Array.isArray(matrix) ? matrix.length : 0;
    const square = Array.isArray(matrix) && n > 0 && matrix.every((r) => Array.isArray(r) && r.length === n && r.every((a) => finite(a) && a > 0));
    if (!square) add('matrix', '判断矩阵必须是正数组成的方阵', 'the judgement matrix must be a square of positive numbers');
    else if (Array.isArray(factors) && factors.length !== n) add('matrix', `判断矩阵为 ${n}×${n}，但有 ${factors.length} 个因子`, `the judgement matrix is ${n} × ${n} but there are ${factors.length} factors`);
  }
  if (input.cr !== undefined && !(finite(input.cr) && input.cr >= 0)) add('cr', 'cr 必须是非负数', 'cr must be a number ≥ 0');
  if (input.clients !== undefined && !(Number.isInteger(input.clients) && (input.clients as number) >= 0)) add('clients', 'clients 必须是非负整数', 'clients must be a whole number ≥ 0');
  if (input.objective !== undefined && input.objective !== 'entropy' && input.objective !== 'critic') add('objective', 'objective 必须是 "entropy" 或 "critic"', 'objective must be "entropy" or "critic"');
  if (input.alpha !== undefined && !(finite(input.alpha) && input.alpha >= 0 && input.alpha <= 1)) add('alpha', 'α 必须在 0–1 之间', 'alpha must be within 0–1');
  if (input.derivedFrom !== undefined) {
    if (nested || input.method !== 'manual') add('derivedFrom', 'derivedFrom 只用于 manual，且不能嵌套', 'derivedFrom is for manual only and cannot nest');
    else for (const p of findWeightSourceProblems(input.derivedFrom, true)) problems.push({ path: p.path ? `derivedFrom.${p.path}` : 'derivedFrom', message: p.message });
  }
  return problems;
}

const METHOD_NAMES: Record<WeightMethod, LocalizedText> = {
  manual: text('手动设定', 'set by hand'),
  ahp: text('层次分析法', 'AHP'),
  entropy: text('熵权法', 'entropy'),
  critic: text('CRITIC 法', 'CRITIC'),
  blend: text('组合赋权', 'blend'),
};

const round = (x: number, digits: number): string => String(Number(x.toFixed(digits)));

/** One line a reader of the model sheet or run log understands, e.g. "AHP (3 × 3 judgement matrix, CR = 0.033)". */
export function describeWeightSource(source: WeightSource, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const parts: string[] = [];
  if (source.matrix) parts.push(zh ? `判断矩阵 ${source.matrix.length}×${source.matrix.length}` : `${source.matrix.length} × ${source.matrix.length} judgement matrix`);
  if (source.cr !== undefined) parts.push(`CR = ${round(source.cr, 3)}`);
  if (source.objective) parts.push(METHOD_NAMES[source.objective][locale]);
  if (source.clients !== undefined) parts.push(zh ? `${source.clients} 个客户` : `over ${source.clients} clients`);
  if (source.alpha !== undefined) parts.push(`α = ${round(source.alpha, 3)}`);
  const head = METHOD_NAMES[source.method][locale];
  const line = parts.length === 0 ? head : zh ? `${head}（${parts.join('，')}）` : `${head} (${parts.join(', ')})`;
  if (!source.derivedFrom) return line;
  const from = describeWeightSource(source.derivedFrom, locale);
  return zh ? `${line}，源自${from}` : `${line}, starting from ${from}`;
}

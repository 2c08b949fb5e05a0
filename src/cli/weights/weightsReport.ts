import { RANDOM_INDEX_TABLE, type AhpResult, type Locale, type ObjectiveMethod, type TierModel } from '../../engine';
import { padDisplay, displayWidth } from '../textWidth';

/** `{ "method": "entropy", "clients": m, "weights": { key: w } }`, as issue 12 pins it. */
export function objectiveJson(method: ObjectiveMethod, clients: number, model: TierModel, weights: readonly number[]): object {
  return { method, clients, weights: Object.fromEntries(model.factors.map((f, j) => [f.key, weights[j]])) };
}

/** The pinned AHP object; the suggestion names factor keys (upper triangle: row before column). */
export function ahpJson(r: AhpResult): object {
  return {
    method: 'ahp', weights: Object.fromEntries(r.keys.map((k, j) => [k, r.weights[j]])),
    lambdaMax: r.lambdaMax, ci: r.ci, ri: r.ri, cr: r.cr, consistent: r.consistent,
    suggestion: r.suggestion && { row: r.keys[r.suggestion.row], column: r.keys[r.suggestion.column], value: r.suggestion.value },
  };
}

/** Two columns, the first padded by display width so Chinese labels line up. */
function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([a]) => displayWidth(a)));
  return rows.map(([a, b]) => `  ${padDisplay(a, width)}  ${b}\n`).join('');
}

const METHOD_NAMES: Readonly<Record<ObjectiveMethod, Readonly<Record<Locale, string>>>> = {
  entropy: { 'zh-CN': '熵权法', 'en-US': 'Entropy' },
  critic: { 'zh-CN': 'CRITIC 法', 'en-US': 'CRITIC' },
};

/** The readable form: one line per factor (key and label), weights to two decimals. */
export function objectiveText(method: ObjectiveMethod, clients: number, model: TierModel, weights: readonly number[], locale: Locale): string {
  const head = locale === 'zh-CN'
    ? `${METHOD_NAMES[method][locale]}权重（基于 ${clients.toLocaleString('en-US')} 位各因子齐全的客户）\n`
    : `${METHOD_NAMES[method][locale]} weights (over ${clients.toLocaleString('en-US')} clients with every factor present)\n`;
  return head + table(model.factors.map((f, j) => [f.label ? `${f.key} ${f.label[locale]}` : f.key, weights[j].toFixed(2)]));
}

/** The readable AHP report: weights, λmax, CI, RI (naming its table), CR, and the judgement to revisit. */
export function ahpText(r: AhpResult, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const weights = table(r.keys.map((k, j) => [k, r.weights[j].toFixed(2)]));
  const figures = table([
    ['λmax', r.lambdaMax.toFixed(4)], ['CI', r.ci.toFixed(4)],
    ['RI', `${r.ri.toFixed(2)} (${zh ? '随机一致性指标表' : 'random index table'}: ${RANDOM_INDEX_TABLE})`],
    ['CR', `${r.cr.toFixed(4)} ${r.consistent ? (zh ? '（< 0.1，一致性可接受）' : '(< 0.1: consistent)') : (zh ? '（≥ 0.1，一致性不可接受）' : '(≥ 0.1: not consistent)')}`],
  ]);
  const s = r.suggestion;
  const advice = s === null ? '' : zh
    ? `建议：把「${r.keys[s.row]} 比 ${r.keys[s.column]}」（第 ${s.row + 1} 行第 ${s.column + 1} 列）从 ${r.matrix[s.row][s.column].toFixed(3)} 改为 ${s.value.toFixed(3)}，CR 降为 ${s.crAfter.toFixed(4)}\n`
    : `suggestion: change "${r.keys[s.row]} over ${r.keys[s.column]}" (row ${s.row + 1}, column ${s.column + 1}) from ${r.matrix[s.row][s.column].toFixed(3)} to ${s.value.toFixed(3)}; CR becomes ${s.crAfter.toFixed(4)}\n`;
  return `${zh ? '层次分析法权重' : 'AHP weights'}\n${weights}${figures}${advice}`;
}

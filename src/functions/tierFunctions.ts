/// <reference types="custom-functions-runtime" />
import {
  isTierBookError, readModelSheet, readModelSheetWithRows, tierGrid, tierOfScore, tierCutoffsFor, usesQuotaTiers, parseNumericCell, TIER_COL,
  type CellValue, type TieringResult, type TierModel,
} from '../engine';

/** What Excel hands a custom function for one cell of a range argument. */
export type ExcelArgCell = string | number | boolean | null | undefined;
/** What a spilled result cell can be: a value or an error with a message. */
export type ResultCell = number | string | CustomFunctions.Error;

/** Excel on the web refuses results above 5 MB; failing early with advice beats a cryptic host error. */
export const RESULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

const valueError = (en: string, zh: string): CustomFunctions.Error =>
  new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `${en} / ${zh}`);
const notAvailable = (en: string, zh: string): CustomFunctions.Error =>
  new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, `${en} / ${zh}`);

/** Excel passes empty cells as "" (or null); the engine's blank is null. */
function toGrid(range: readonly (readonly ExcelArgCell[])[]): CellValue[][] {
  return range.map((row) => row.map((c) => (c === undefined || c === '' ? null : c)));
}

/** Runs `work`, turning a TierBookError (bad model, missing column, …) into #VALUE! with both messages. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (isTierBookError(e)) throw valueError(e.messages['en-US'], e.messages['zh-CN']);
    throw e;
  }
}

/** The model from a model-sheet range (the TierBook_Model name). */
export function modelFromRange(model: readonly (readonly ExcelArgCell[])[]): TierModel {
  return guarded(() => readModelSheet(toGrid(model), 'TierBook_Model'));
}

/** Quota cutoffs depend on the whole population; a single score can only use the ones stored by the last run. */
function storedCutoffs(modelRange: readonly (readonly ExcelArgCell[])[]): Float64Array {
  const grid = toGrid(modelRange);
  const { model, tierRows } = guarded(() => readModelSheetWithRows(grid, 'TierBook_Model'));
  return Float64Array.from(tierRows, (row, k) => {
    const v = grid[row]?.[TIER_COL.cutoff];
    return typeof v === 'number' ? v : k === model.tiers.length - 1 ? -Infinity : NaN;
  });
}

/** Approximate UTF-8 JSON size of a result, the measure Excel on the web caps. */
export function resultPayloadBytes(result: readonly (readonly ResultCell[])[]): number {
  // A JSON number is at most 24 characters: when even that bound fits, skip printing a million numbers.
  let bound = 2;
  for (const row of result) {
    bound += 3;
    for (const cell of row) bound += typeof cell === 'number' ? 25 : typeof cell === 'string' ? cell.length * 3 + 3 : 40 + (cell.message ?? '').length * 3;
  }
  if (bound <= RESULT_PAYLOAD_LIMIT) return bound;
  let bytes = 2;
  for (const row of result) {
    bytes += 3;
    for (const cell of row) {
      if (typeof cell === 'number') bytes += String(cell).length + 1;
      else if (typeof cell === 'string') bytes += cell.length * 3 + 3;
      else bytes += 40 + (cell.message ?? '').length * 3;
    }
  }
  return bytes;
}

function checkPayload(result: ResultCell[][]): ResultCell[][] {
  const bytes = resultPayloadBytes(result);
  if (bytes > RESULT_PAYLOAD_LIMIT) {
    const mb = (bytes / 1048576).toFixed(1);
    throw valueError(
      `the result is ${mb} MB, above Excel on the web's 5 MB limit: use the task pane's "write values" mode for a table this large`,
      `结果约 ${mb} MB，超过 Excel 网页版 5 MB 上限：请在任务窗格中使用「写入数值」模式`);
  }
  return result;
}

/**
 * One result cell per data row below the header: a number/text for clients, "" for blank rows, and #N/A with
 * the reason for rows that are not scored (totals rows, empty ids, missing values under missing: exclude).
 */
function perDataRow(data: readonly (readonly ExcelArgCell[])[], result: TieringResult, valueOf: (client: number) => number | string | undefined): ResultCell[][] {
  const header = result.table.layout.headerRow;
  const byRow = new Map<number, number>();
  result.table.rowNumbers.forEach((row, client) => byRow.set(row, client));
  const excluded = new Map(result.excluded.map((e) => [e.row, e]));
  const out: ResultCell[][] = [];
  for (let row = header + 1; row <= data.length; row++) {
    const client = byRow.get(row);
    const value = client === undefined ? undefined : valueOf(client);
    if (value !== undefined) { out.push([value]); continue; }
    const why = excluded.get(row);
    out.push([why ? notAvailable(`row ${row} of the data: ${why.message['en-US']}`, `数据第 ${row} 行：${why.message['zh-CN']}`) : '']);
  }
  return out;
}

function tierData(data: readonly (readonly ExcelArgCell[])[], model: readonly (readonly ExcelArgCell[])[]): TieringResult {
  const parsed = modelFromRange(model);
  return guarded(() => tierGrid(toGrid(data), parsed, ''));
}

/** TIER.SCORES: composite scores of every data row (the data range includes its header row). */
export function scores(data: ExcelArgCell[][], model: ExcelArgCell[][]): ResultCell[][] {
  const result = tierData(data, model);
  return checkPayload(perDataRow(data, result, (c) => (result.scores[c] === result.scores[c] ? result.scores[c] : undefined)));
}

/** TIER.FACTOR: one factor's 0–100 score for every data row, to explain a composite. */
export function factor(data: ExcelArgCell[][], model: ExcelArgCell[][], factorKey: string): ResultCell[][] {
  const result = tierData(data, model);
  const f = result.model.factors.findIndex((x) => x.key === String(factorKey).trim());
  if (f < 0) {
    const keys = result.model.factors.map((x) => x.key).join(', ');
    throw valueError(`factor "${factorKey}" is not in the model (factors: ${keys})`, `模型中没有因子「${factorKey}」（现有：${keys}）`);
  }
  const column = result.factorScores[f];
  return checkPayload(perDataRow(data, result, (c) => (column[c] === column[c] ? column[c] : undefined)));
}

/** A score argument cell as a number, or undefined for a blank; text that is not a number is an error. */
function scoreOf(cell: ExcelArgCell, where: string): number | undefined {
  if (cell === null || cell === undefined || cell === '') return undefined;
  const parsed = parseNumericCell(cell);
  if (parsed.kind === 'number') return parsed.value;
  throw valueError(`${where}: "${String(cell)}" is not a score`, `${where}：「${String(cell)}」不是分数`);
}

/** TIER.TIERS: the tier of every score in a column (quota cutoffs are computed from these scores). */
export function tiers(scoreColumn: ExcelArgCell[][], model: ExcelArgCell[][]): ResultCell[][] {
  const parsed = modelFromRange(model);
  const values = Float64Array.from(scoreColumn, (row, i) => scoreOf(row[0], `score ${i + 1}`) ?? NaN);
  const cutoffs = tierCutoffsFor(values, parsed.tiers);
  return checkPayload(Array.from(values, (s): ResultCell[] => {
    if (s !== s) return [''];
    const k = tierOfScore(s, cutoffs);
    return [k < 0 ? notAvailable(`score ${s} is below every tier`, `分数 ${s} 低于所有等级`) : parsed.tiers[k].name];
  }));
}

/** TIER.TIER: the tier of one score; quota models use the cutoffs the last run wrote into the model sheet. */
export function tier(score: ExcelArgCell, model: ExcelArgCell[][]): string | CustomFunctions.Error {
  const parsed = modelFromRange(model);
  const s = scoreOf(score, 'score');
  if (s === undefined) throw notAvailable('the score is empty', '分数为空');
  const cutoffs = usesQuotaTiers(parsed) ? storedCutoffs(model) : tierCutoffsFor(new Float64Array(0), parsed.tiers);
  if (cutoffs.some((c) => c !== c)) {
    throw notAvailable('the quota cutoffs are not in the model sheet yet: run TierBook once', '模型表中还没有配额分数线：请先运行一次 TierBook');
  }
  const k = tierOfScore(s, cutoffs);
  if (k < 0) throw notAvailable(`score ${s} is below every tier`, `分数 ${s} 低于所有等级`);
  return parsed.tiers[k].name;
}

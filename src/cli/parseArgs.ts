import { serialOfIsoDate, text, type AnalysisChoices, type Locale, type OutputMode } from '../engine';
import { AnalysisArgError, AnalysisArgs } from './analysisArgs';
import { CliError } from './cliError';
import { encodingOfOption, type TextEncodingName } from './input/decodeText';
import { delimiterOfOption, type Delimiter } from './input/detectDelimiter';

/** What one `tierbook` invocation asks for. */
export interface CliOptions {
  readonly input: string;
  readonly output?: string;
  readonly modelPath?: string;
  readonly sheet?: string;
  readonly locale: Locale;
  readonly json: boolean;
  readonly formulas: OutputMode;
  /** --run-date YYYY-MM-DD: the day derived values (开户年限 from 开户日期) count to; today when absent. */
  readonly runDate?: string;
  /** true for --stream, false for --no-stream, undefined to decide by the input's size. */
  readonly stream?: boolean;
  /** A text export's encoding and field separator, when detection should be overridden. */
  readonly encoding?: TextEncodingName;
  readonly delimiter?: Delimiter;
  readonly help: boolean;
  /** --confirm-data-checks: run despite blocking data checks (a text column, >5% unreadable, no variation); logged. */
  readonly confirmDataChecks: boolean;
  /** --analysis, --sensitivity, --upgrade…, --clusters: the analysis sheets (src/cli/analysisArgs.ts); none when absent. */
  readonly analysis?: AnalysisChoices;
  /** --judgements-sheet: also write the AHP judgements sheet (权重判断矩阵) when the workbook has none; kept after. */
  readonly judgementsSheet?: boolean;
  /** --asset-drop PCT: the share of assets lost since the previous run that puts a client on the watchlist (0–1); default 0.3. */
  readonly assetDrop?: number;
}

export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const USAGE = text(
  '用法：tierbook <输入.xlsx> [-o 输出.xlsx] [--model 模型.json] [--sheet 工作表] [--lang zh-CN|en-US] [--json] [--formulas values|portable|live] [--run-date YYYY-MM-DD] [--stream|--no-stream] [--confirm-data-checks] [--judgements-sheet] [--asset-drop 百分比] [--encoding utf-8|gb18030|utf-16le|utf-16be] [--delimiter comma|tab|semicolon|pipe] [--analysis] [--sensitivity[=分数]] [--upgrade] [--upgrade-points 分数] [--upgrade-assets 百分比] [--clusters[=K]] [-- <以 - 开头的文件名>]（输入也可以是 .csv/.tsv/.txt，或经 LibreOffice 转换的 .xls/.xlsb/.ods/.et）',
  'usage: tierbook <input.xlsx> [-o out.xlsx] [--model model.json] [--sheet NAME] [--lang zh-CN|en-US] [--json] [--formulas values|portable|live] [--run-date YYYY-MM-DD] [--stream|--no-stream] [--confirm-data-checks] [--judgements-sheet] [--asset-drop PCT] [--encoding utf-8|gb18030|utf-16le|utf-16be] [--delimiter comma|tab|semicolon|pipe] [--analysis] [--sensitivity[=POINTS]] [--upgrade] [--upgrade-points N] [--upgrade-assets PCT] [--clusters[=K]] [-- <file name starting with ->] (the input may also be .csv/.tsv/.txt, or .xls/.xlsb/.ods/.et converted by LibreOffice)',
);

const LOCALES: readonly string[] = ['zh-CN', 'en-US'];
const MODES: readonly string[] = ['values', 'portable', 'live'];
const VALUE_FLAGS: Readonly<Record<string, string>> = {
  '-o': 'output', '--output': 'output', '--model': 'modelPath', '--sheet': 'sheet', '--lang': 'lang', '--formulas': 'formulas',
  '--run-date': 'runDate', '--asset-drop': 'assetDrop',
  '--encoding': 'encoding', '--delimiter': 'delimiter',
};

function usageError(zh: string, en: string): CliError {
  return new CliError('USAGE', text(`${zh}。${USAGE['zh-CN']}`, `${en}. ${USAGE['en-US']}`));
}

/** "--lang=en-US" and "--lang en-US" mean the same. */
export function splitInlineValue(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

/** The language to report argument errors in, read leniently before the arguments are known to be valid. */
export function localeOfArgs(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = splitInlineValue(argv[i]);
    const value = flag === '--lang' ? inline ?? argv[i + 1] : undefined;
    if (value !== undefined && LOCALES.includes(value)) return value as Locale;
  }
  return DEFAULT_LOCALE;
}

/** An analysis flag's argv entries used, with a bad value reported like every other usage error. */
function acceptAnalysisFlag(analysis: AnalysisArgs, flag: string, inline: string | undefined, next: string | undefined): number | undefined {
  try {
    return analysis.accept(flag, inline, next);
  } catch (e) {
    if (e instanceof AnalysisArgError) throw usageError(e.text['zh-CN'], e.text['en-US']);
    throw e;
  }
}

/** Parses argv (without node and the script); throws CliError('USAGE') on anything it does not understand. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  let json = false;
  let help = false;
  let stream: boolean | undefined;
  let confirmDataChecks = false;
  const analysis = new AnalysisArgs();
  let judgementsSheet = false;
  for (let i = 0; i < argv.length; i++) {
    // `--` ends the options, so a file named -x.xlsx can be given.
    if (argv[i] === '--') { positional.push(...argv.slice(i + 1)); break; }
    const [flag, inline] = splitInlineValue(argv[i]);
    if (flag === '--json') { json = true; continue; }
    if (flag === '--confirm-data-checks') { confirmDataChecks = true; continue; }
    if (flag === '--judgements-sheet') { judgementsSheet = true; continue; }
    if (flag === '--stream' || flag === '--no-stream') { stream = flag === '--stream'; continue; }
    if (flag === '-h' || flag === '--help') { help = true; continue; }
    const used = acceptAnalysisFlag(analysis, flag, inline, argv[i + 1]);
    if (used !== undefined) { i += used; continue; }
    const key = VALUE_FLAGS[flag];
    if (key !== undefined) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw usageError(`${flag} 需要一个值`, `${flag} needs a value`);
      values[key] = value;
      continue;
    }
    if (flag.startsWith('-') && flag !== '-') {
      throw usageError(`未知选项 ${flag}（文件名以 - 开头时，请放在 -- 之后）`, `unknown option ${flag} (for a file name starting with -, put it after --)`);
    }
    positional.push(argv[i]);
  }
  const lang = values.lang ?? DEFAULT_LOCALE;
  if (!LOCALES.includes(lang)) throw usageError(`--lang 只能是 zh-CN 或 en-US，而不是 ${lang}`, `--lang must be zh-CN or en-US, not ${lang}`);
  const formulas = values.formulas ?? 'portable'; // a shared workbook stays live without the add-in
  if (!MODES.includes(formulas)) {
    throw usageError(`--formulas 只能是 values、portable 或 live，而不是 ${formulas}`, `--formulas must be values, portable or live, not ${formulas}`);
  }
  if (values.runDate !== undefined && serialOfIsoDate(values.runDate) === undefined) {
    throw usageError(`--run-date 应为 YYYY-MM-DD 格式的日期，而不是 ${values.runDate}`, `--run-date must be a YYYY-MM-DD date, not ${values.runDate}`);
  }
  const assetDrop = values.assetDrop === undefined ? undefined : Number(values.assetDrop);
  if (assetDrop !== undefined && !(assetDrop > 0 && assetDrop < 100)) {
    throw usageError(`--asset-drop 应为 0 到 100 之间的百分比（如 30），而不是 ${values.assetDrop}`, `--asset-drop must be a percentage between 0 and 100 (e.g. 30), not ${values.assetDrop}`);
  }
  const encoding = values.encoding === undefined ? undefined : encodingOfOption(values.encoding);
  const delimiter = values.delimiter === undefined ? undefined : delimiterOfOption(values.delimiter);
  const options = { runDate: values.runDate, output: values.output, modelPath: values.modelPath, sheet: values.sheet, locale: lang as Locale, json, formulas: formulas as OutputMode, stream, encoding, delimiter, help, confirmDataChecks, analysis: analysis.choices(), ...(judgementsSheet ? { judgementsSheet } : {}), ...(assetDrop !== undefined ? { assetDrop: assetDrop / 100 } : {}) };
  if (help) return { ...options, input: positional[0] ?? '' };
  if (positional.length === 0) throw usageError('缺少输入文件', 'missing the input file');
  if (positional.length > 1) throw usageError(`只能有一个输入文件（收到 ${positional.join('、')}）`, `only one input file is allowed (got ${positional.join(', ')})`);
  return { ...options, input: positional[0] };
}

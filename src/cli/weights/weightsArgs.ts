import { text, type Locale, type ObjectiveMethod, OBJECTIVE_METHODS } from '../../engine';
import { CliError } from '../cliError';
import { encodingOfOption, type TextEncodingName } from '../input/decodeText';
import { delimiterOfOption, type Delimiter } from '../input/detectDelimiter';
import { DEFAULT_LOCALE, splitInlineValue } from '../parseArgs';

/** What one `tierbook weights` invocation asks for: objective weights of a client file, or AHP of a judgement matrix. */
export type WeightsOptions = {
  readonly locale: Locale;
  readonly json: boolean;
  readonly help: boolean;
} & (
  | { readonly kind: 'objective'; readonly input: string; readonly method: ObjectiveMethod; readonly modelPath?: string; readonly sheet?: string;
      readonly runDate?: string; readonly encoding?: TextEncodingName; readonly delimiter?: Delimiter }
  | { readonly kind: 'ahp'; readonly matrixPath: string }
  /** `tierbook weights book.xlsx --method ahp`: the judgements typed in the workbook's 权重判断矩阵 sheet. */
  | { readonly kind: 'ahpSheet'; readonly input: string }
  | { readonly kind: 'help' }
);

export const WEIGHTS_USAGE = text(
  '用法：tierbook weights <输入.xlsx|.csv> --method entropy|critic|ahp [--model 模型.json] [--sheet 工作表] [--run-date YYYY-MM-DD] [--encoding …] [--delimiter …] [--lang zh-CN|en-US] [--json]\n'
  + '      tierbook weights --ahp <判断矩阵.json> [--lang zh-CN|en-US] [--json]',
  'usage: tierbook weights <input.xlsx|.csv> --method entropy|critic|ahp [--model model.json] [--sheet NAME] [--run-date YYYY-MM-DD] [--encoding …] [--delimiter …] [--lang zh-CN|en-US] [--json]\n'
  + '       tierbook weights --ahp <matrix.json> [--lang zh-CN|en-US] [--json]',
);

const VALUE_FLAGS: Readonly<Record<string, string>> = {
  '--method': 'method', '--model': 'modelPath', '--sheet': 'sheet', '--ahp': 'ahp', '--lang': 'lang', '--run-date': 'runDate',
  '--encoding': 'encoding', '--delimiter': 'delimiter',
};

function usageError(zh: string, en: string): CliError {
  return new CliError('USAGE', text(`${zh}。${WEIGHTS_USAGE['zh-CN']}`, `${en}. ${WEIGHTS_USAGE['en-US']}`));
}

/** Parses the arguments after `weights`; throws CliError('USAGE') on anything it does not understand. */
export function parseWeightsArgs(argv: readonly string[]): WeightsOptions {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') { positional.push(...argv.slice(i + 1)); break; }
    const [flag, inline] = splitInlineValue(argv[i]);
    if (flag === '--json') { json = true; continue; }
    if (flag === '-h' || flag === '--help') { help = true; continue; }
    const key = VALUE_FLAGS[flag];
    if (key !== undefined) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw usageError(`${flag} 需要一个值`, `${flag} needs a value`);
      values[key] = value;
      continue;
    }
    if (flag.startsWith('-') && flag !== '-') throw usageError(`未知选项 ${flag}`, `unknown option ${flag}`);
    positional.push(argv[i]);
  }
  const lang = values.lang ?? DEFAULT_LOCALE;
  if (lang !== 'zh-CN' && lang !== 'en-US') throw usageError(`--lang 只能是 zh-CN 或 en-US，而不是 ${lang}`, `--lang must be zh-CN or en-US, not ${lang}`);
  const common = { locale: lang as Locale, json, help };
  if (help) return { ...common, kind: 'help' };
  if (positional.length > 1) throw usageError(`只能有一个输入文件（收到 ${positional.join('、')}）`, `only one input file is allowed (got ${positional.join(', ')})`);
  if (values.ahp !== undefined) {
    const extra = ['method', 'modelPath', 'sheet', 'runDate', 'encoding', 'delimiter'].find((k) => values[k] !== undefined);
    if (positional.length > 0 || extra !== undefined) {
      throw usageError('--ahp 只读取判断矩阵文件，不能同时给出输入文件或 --method/--model/--sheet', '--ahp reads only the judgement matrix file; give no input file and no --method/--model/--sheet with it');
    }
    return { ...common, kind: 'ahp', matrixPath: values.ahp };
  }
  if (positional.length === 0) throw usageError('缺少输入文件（或 --ahp 判断矩阵）', 'missing the input file (or --ahp with a judgement matrix)');
  const method = values.method;
  if (method === undefined) throw usageError('缺少 --method entropy|critic|ahp', 'missing --method entropy|critic|ahp');
  if (method === 'ahp') return { ...common, kind: 'ahpSheet', input: positional[0] };
  if (!(OBJECTIVE_METHODS as readonly string[]).includes(method)) throw usageError(`--method 只能是 entropy、critic 或 ahp，而不是 ${method}`, `--method must be entropy, critic or ahp, not ${method}`);
  return {
    ...common, kind: 'objective', input: positional[0], method: method as ObjectiveMethod, modelPath: values.modelPath, sheet: values.sheet, runDate: values.runDate,
    encoding: values.encoding === undefined ? undefined : encodingOfOption(values.encoding),
    delimiter: values.delimiter === undefined ? undefined : delimiterOfOption(values.delimiter),
  };
}

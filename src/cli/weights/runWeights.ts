import { ahpWeights, objectiveWeights } from '../../engine';
import type { CliIO } from '../cliIo';
import { createProgress } from '../progress';
import { readClientScores } from './readClientScores';
import { readJudgementFile } from './readJudgementFile';
import { readWorkbookJudgements } from './readWorkbookJudgements';
import { parseWeightsArgs, WEIGHTS_USAGE } from './weightsArgs';
import { ahpJson, ahpText, objectiveJson, objectiveText } from './weightsReport';

/**
 * `tierbook weights …` (docs/cli.md, docs/weights.md): what stdout should hold. Errors are thrown, so main reports
 * them on one line with the same exit codes as a run.
 */
export async function runWeights(argv: readonly string[], io: CliIO): Promise<string> {
  const options = parseWeightsArgs(argv);
  if (options.kind === 'help') return `${WEIGHTS_USAGE[options.locale]}\n`;
  if (options.kind === 'ahp') {
    const { factors, matrix } = readJudgementFile(io.cwd, options.matrixPath);
    const result = ahpWeights(factors, matrix);
    return options.json ? `${JSON.stringify(ahpJson(result))}\n` : ahpText(result, options.locale);
  }
  if (options.kind === 'ahpSheet') {
    const { keys, matrix, where } = await readWorkbookJudgements(options.input, io);
    const result = ahpWeights(keys, matrix, where);
    return options.json ? `${JSON.stringify(ahpJson(result))}\n` : ahpText(result, options.locale);
  }
  const progress = createProgress(io, options.locale);
  try {
    const { model, factorScores } = await readClientScores(options, io, progress);
    progress.finish();
    const { weights, clients } = objectiveWeights(factorScores, options.method);
    return options.json ? `${JSON.stringify(objectiveJson(options.method, clients, model, weights))}\n` : objectiveText(options.method, clients, model, weights, options.locale);
  } finally {
    progress.finish();
  }
}

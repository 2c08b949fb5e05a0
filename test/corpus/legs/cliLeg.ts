/* A case through the CLI in-process: the .xlsx written with ExcelJS, `tierbook <in> -o <out> --json --lang …`. */
import * as fs from 'fs';
import * as path from 'path';
import type { Locale } from '../../../src/engine';
import { parseJsonOutput, runCli, type CliRun } from '../../cli/runCli';
import type { CaseWorkbook } from '../corpusCase';
import type { Outcome, ResultOutcome } from '../outcome';
import { writeCaseXlsx } from '../writeCaseXlsx';

export interface CliLegRun {
  readonly outcome: Outcome;
  readonly input: string;
  /** The output workbook (written only when the run succeeded). */
  readonly output: string;
}

export interface CliLegOptions {
  /** Run on this workbook (e.g. an earlier run's output) instead of the case's own input. */
  readonly input?: string;
  /** File name of the output in the case's directory; default output.xlsx. */
  readonly outputName?: string;
}

/** Writes the case's input workbook (and model file) into `dir`; returns the input path and the model arguments. */
export async function prepareCliInput(c: CaseWorkbook, dir: string): Promise<{ input: string; modelArgs: string[] }> {
  const input = path.join(dir, 'input.xlsx');
  if (!fs.existsSync(input)) await writeCaseXlsx(c, input);
  const modelArgs: string[] = [];
  if (c.modelText !== undefined || c.model !== undefined) {
    const modelPath = path.join(dir, 'model.json');
    fs.writeFileSync(modelPath, c.modelText ?? JSON.stringify(c.model, null, 2));
    modelArgs.push('--model', modelPath);
  }
  return { input, modelArgs };
}

function jsonOutcome(stdout: string): ResultOutcome {
  const json = parseJsonOutput(stdout);
  return {
    kind: 'result',
    clients: json.clients.map((c) => ({ row: c.row, id: c.id, score: c.score, tier: c.tier })),
    tierCounts: Object.fromEntries(json.tiers.map((t) => [t.name, t.count])),
    issues: json.issues.map((i) => ({ row: i.row, column: i.column, problem: i.code, value: i.value })),
    excluded: json.excluded.map((e) => ({ row: e.row, reason: e.code })),
  };
}

/** A refusal must be exit code 2, nothing on stdout and exactly one line on stderr; exit 1 is a crash. */
function refusalLine(run: CliRun, what: string): string {
  if (run.code !== 2) throw new Error(`${what}: exit code ${run.code} (stderr: ${run.stderr})`);
  expect({ what, stdout: run.stdout }).toEqual({ what, stdout: '' });
  expect({ what, stderrLines: run.stderr.split('\n') }).toEqual({ what, stderrLines: [expect.stringMatching(/^tierbook: \S/u), ''] });
  return run.stderr.trimEnd();
}

export async function cliOutcome(c: CaseWorkbook, dir: string, options: CliLegOptions = {}): Promise<CliLegRun> {
  const prepared = await prepareCliInput(c, dir);
  const input = options.input ?? prepared.input;
  const { modelArgs } = prepared;
  const output = path.join(dir, options.outputName ?? `output.xlsx`);
  const args = (locale: Locale, out: string): string[] =>
    [input, '-o', out, '--json', '--lang', locale, ...modelArgs];
  const zh = await runCli(args('zh-CN', output), { cwd: dir });
  if (zh.code === 0) {
    expect({ what: c.id, stderr: zh.stderr }).toEqual({ what: c.id, stderr: '' });
    return { outcome: jsonOutcome(zh.stdout), input, output };
  }
  const en = await runCli(args('en-US', path.join(dir, `output-en.xlsx`)), { cwd: dir });
  const messages = { 'zh-CN': refusalLine(zh, `${c.id} (zh-CN)`), 'en-US': refusalLine(en, `${c.id} (en-US)`) };
  expect({ what: c.id, outputWritten: fs.existsSync(output) }).toEqual({ what: c.id, outputWritten: false });
  return { outcome: { kind: 'error', messages }, input, output };
}

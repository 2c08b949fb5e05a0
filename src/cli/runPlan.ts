import * as fs from 'fs';
import * as path from 'path';
import { buildOutputPlan, buildRunLogSheet, type OutputPlan, type PlanOptions, type RunContext, type TieringResult } from '../engine';
import type { CliIO } from './cliIo';
import type { CliOptions } from './parseArgs';
import type { UsedExtent } from './readWorksheet';
import { strategySheets } from './strategySheets';

/** "tierbook-cli 0.1.0", from package.json two levels up (the same from src/cli and dist-cli/cli). */
export function toolName(): string {
  try {
    const pkg: unknown = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '';
    return version ? `tierbook-cli ${version}` : 'tierbook-cli';
  } catch {
    return 'tierbook-cli';
  }
}

/**
 * The write-back of one run, the same whichever path read the workbook (in memory or streamed): the engine's plan,
 * portable formulas included, with the strategy overview and run log sheets.
 */
export function buildRunPlan(result: TieringResult, options: CliOptions, io: CliIO, sourceSheet: string, extent: UsedExtent): OutputPlan {
  const context: RunContext = { timestamp: io.now().toISOString(), user: io.user, mode: options.formulas, sourceSheet, tool: toolName() };
  const planOptions: PlanOptions = {
    locale: options.locale, mode: options.formulas, sourceSheet,
    lastUsedColumn: extent.lastColumn, lastRow: extent.lastRow,
    extraSheets: [...strategySheets(result, options.locale), buildRunLogSheet(result, context, options.locale)],
  };
  return buildOutputPlan(result, planOptions);
}

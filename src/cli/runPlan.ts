import * as fs from 'fs';
import * as path from 'path';
import {
  composeOutputPlan, serialOfDay, serialOfIsoDate, type AddinOutputChoices, type ClientIdCells, type ExtraColumns, type OutputPlan, type TieringResult,
} from '../engine';
import type { CliIO } from './cliIo';
import type { CliOptions } from './parseArgs';
import type { UsedExtent } from './usedExtent';
import type { StoredSettings } from './storedSettings';

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

/** What a run read besides the client table: extra columns, the previous tiers on this sheet, the stored templates. */
export interface RunInputs {
  readonly extras: ExtraColumns;
  readonly previousTiers?: ReadonlyMap<string, string>;
  /** The previous run's 合规快照 per client id, for the compliance notices. */
  readonly previousComplianceStates?: ReadonlyMap<string, string>;
  readonly settings: StoredSettings;
  readonly idCells?: ClientIdCells;
}

/**
 * The runner's output choices: everything the add-in writes except PivotTables and charts, which the package editor does not
 * make (the summary sheet holds the same figures). Suitability columns when the sheet has a risk-tolerance column,
 * since without one there is no C1–C5 to match against.
 */
export function runnerChoices(options: CliOptions, extras: ExtraColumns): AddinOutputChoices {
  return {
    mode: options.formulas, pivots: false, chart: false, strategySheets: true, runLog: true, segments: true,
    suitabilityColumns: extras.columns.risk !== undefined,
  };
}

/**
 * The write-back of one run: the same plan the task pane composes: the engine's columns and sheets (portable formulas included), 客户画像 tags and groups,
 * suitability, strategy sheets from the workbook's templates (or the defaults, written to a templates sheet to edit),
 * the tier change column and migration sheet on a re-run, and the run log.
 */
export function buildRunPlan(result: TieringResult, options: CliOptions, io: CliIO, sourceSheet: string, extent: UsedExtent, inputs: RunInputs): OutputPlan {
  const { templates } = inputs.settings;
  return composeOutputPlan({
    result, locale: options.locale, choices: runnerChoices(options, inputs.extras),
    source: { sheetName: sourceSheet, lastUsedColumn: extent.lastColumn, lastRow: extent.lastRow },
    run: { timestamp: io.now().toISOString(), user: io.user, tool: toolName() },
    extras: inputs.extras, previousTiers: inputs.previousTiers, idCells: inputs.idCells,
    playbooks: templates?.playbooks, templatesSheet: templates ? 'found' : 'missing',
    judgementsSheet: options.judgementsSheet ? (inputs.settings.judgementsSheet !== undefined ? 'found' : 'missing') : undefined,
    confirmedChecks: options.confirmDataChecks, previousComplianceStates: inputs.previousComplianceStates, analysis: options.analysis,
    // The tracking loop, from the sheets the workbook has (the roster, the previous plan, the service log).
    tracking: {
      runDate: (options.runDate === undefined ? undefined : serialOfIsoDate(options.runDate)) ?? serialOfDay(io.now()),
      timestamp: io.now().toISOString(), ...inputs.settings.tracking, ...(options.assetDrop !== undefined ? { assetDrop: options.assetDrop } : {}),
    },
  });
}

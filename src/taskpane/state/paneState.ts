/*
 * The pane's state and the actions that change it; everything derived (layout, table, scores, tiers) is computed
 * from it in useTiering, never stored.
 */
import { createDefaultModel, type ColumnOverrides, type LocalizedText, type TierModel, type TieringResult } from '../../engine';
import { DEFAULT_ADDIN_CHOICES, type AddinOutputChoices } from '../../engine/plan/addinChoices';
import type { ClientTableSource, StoredModel, StoredRunLog, WriteReport } from '../../excel/workbookGateway';
import type { RowChunk } from '../pipeline/rowChunks';
import type { TemplatesSource } from '../pipeline/templatesSource';
import type { ModelEdit } from './modelEdits';

export type PaneTab = 'data' | 'model' | 'output' | 'run';
export type NoticeArea = 'data' | 'model' | 'run';
/** What the what-if view compares the sliders with. */
export type BaselineKind = 'saved' | 'pinned';

/** A message that stays until dismissed or replaced; texts stay bilingual so a language change re-renders them. */
export type Notice =
  | { readonly kind: 'error'; readonly message: LocalizedText }
  | { readonly kind: 'readCancelled' }
  /** A write that stopped early: what it wrote (when the gateway said) and why it stopped. */
  | { readonly kind: 'writeStopped'; readonly cancelled: boolean; readonly report?: WriteReport; readonly error?: LocalizedText };

export interface PaneState {
  readonly tab: PaneTab;
  /** The working model every control edits. */
  readonly model: TierModel;
  /** The model sheet's model, as last read. */
  readonly stored?: StoredModel;
  readonly overrides: ColumnOverrides;
  readonly source?: ClientTableSource;
  /** The source's rows, read once. */
  readonly chunks?: readonly RowChunk[];
  readonly baseline: BaselineKind;
  /** A scenario the user pinned for the what-if comparison. */
  readonly pinned?: TieringResult;
  readonly choices: AddinOutputChoices;
  /** Where the strategy templates come from, as last read; undefined until the Output section or a run reads them. */
  readonly templates?: TemplatesSource;
  readonly notices: Readonly<Partial<Record<NoticeArea, Notice>>>;
  /** The user confirmed running despite blocking data checks; any change of data, mapping or model takes it back. */
  readonly checksConfirmed: boolean;
  /** The workbook's run log as last read (at start and after each run), for the run report. */
  readonly runLog?: StoredRunLog;
}

export type PaneAction =
  | { readonly type: 'selectTab'; readonly tab: PaneTab }
  | { readonly type: 'tableRead'; readonly source: ClientTableSource; readonly chunks: readonly RowChunk[] }
  | { readonly type: 'overrideColumn'; readonly key: string; readonly header: string }
  | { readonly type: 'editModel'; readonly edit: ModelEdit }
  | { readonly type: 'replaceModel'; readonly model: TierModel }
  | { readonly type: 'storedModelRead'; readonly stored: StoredModel | undefined }
  | { readonly type: 'selectBaseline'; readonly baseline: BaselineKind }
  | { readonly type: 'pin'; readonly scenario: TieringResult }
  | { readonly type: 'setChoices'; readonly choices: Partial<AddinOutputChoices> }
  | { readonly type: 'templatesRead'; readonly templates: TemplatesSource }
  | { readonly type: 'notify'; readonly area: NoticeArea; readonly notice?: Notice }
  | { readonly type: 'confirmChecks'; readonly confirmed: boolean }
  | { readonly type: 'runLogRead'; readonly runLog: StoredRunLog | undefined };

/** Portable formulas by default, as in the runner: they recalculate for a colleague who has no TierBook add-in. */
export const PANE_DEFAULT_CHOICES: AddinOutputChoices = { ...DEFAULT_ADDIN_CHOICES, mode: 'portable' };

export function initialPaneState(): PaneState {
  return { tab: 'data', model: createDefaultModel(), overrides: {}, baseline: 'saved', choices: PANE_DEFAULT_CHOICES, notices: {}, checksConfirmed: false };
}

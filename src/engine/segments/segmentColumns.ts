import type { Locale } from '../i18n/locale';
import { clientIndexByOffset } from '../plan/buildOutputPlan';
import type { PlanColumn } from '../plan/outputPlan';
import type { TieringResult } from '../run/tierClients';
import { SEGMENT_LABELS } from './segmentLabels';
import { SEGMENT_GROUP_LABELS, SEGMENT_GROUPS, type SegmentGroups } from './segmentGroups';
import { segmentTagText, type SegmentTags } from './segmentTags';

/** The 客户画像 column: the tag text of each client row, blank on other rows; cells are built when read. */
export function buildSegmentTagsColumn(result: TieringResult, tags: SegmentTags, headerRow: number, length: number, locale: Locale): PlanColumn {
  const byOffset = clientIndexByOffset(result, headerRow, length);
  return { key: 'segmentTags', header: SEGMENT_LABELS.tagsColumn[locale], length, width: 36,
    cellAt: (o) => (byOffset[o] < 0 ? null : segmentTagText(tags, byOffset[o], locale)) };
}

/** The 客户分组 column: 高净值客户 / 普通客户 / 高频交易客户 / 低频交易客户, blank when ungrouped. */
export function buildSegmentGroupColumn(result: TieringResult, groups: SegmentGroups, headerRow: number, length: number, locale: Locale): PlanColumn {
  const byOffset = clientIndexByOffset(result, headerRow, length);
  const names = SEGMENT_GROUPS.map((g) => SEGMENT_GROUP_LABELS[g][locale]);
  return { key: 'segmentGroup', header: SEGMENT_LABELS.groupColumn[locale], length, width: 14,
    cellAt: (o) => { const c = byOffset[o]; return c < 0 || groups.codes[c] < 0 ? null : names[groups.codes[c]]; } };
}

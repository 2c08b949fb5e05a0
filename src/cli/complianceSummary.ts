import { FINDING_KINDS, FINDING_LABELS, type ComplianceCounts, type Locale } from '../engine';

/** Every finding kind with its count (0 included), in the 合规检查 sheet's order: the --json "compliance" object. */
export function complianceJson(counts: ComplianceCounts): Record<string, number> {
  return Object.fromEntries(FINDING_KINDS.map((k) => [k, counts[k] ?? 0]));
}

/** One line for the human summary: the kinds that have findings, or that there are none. */
export function complianceLine(counts: ComplianceCounts, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const found = FINDING_KINDS.filter((k) => (counts[k] ?? 0) > 0).map((k) => `${FINDING_LABELS[k][locale]} ${(counts[k] ?? 0).toLocaleString('en-US')}`);
  const body = found.length === 0 ? (zh ? '未发现问题' : 'no findings') : found.join(zh ? '；' : '; ');
  return zh ? `合规检查：${body}（明细见「合规检查」表）` : `Compliance: ${body} (see the Compliance sheet)`;
}

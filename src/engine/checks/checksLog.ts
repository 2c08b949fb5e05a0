import type { Locale } from '../i18n/locale';
import type { DataIssue } from '../table/dataIssue';
import type { RunCheck } from './runChecks';

/** The run log's data-check cell: each check in words, errors marked as confirmed when the user ran anyway. */
export function checksLogText(checks: readonly RunCheck[], confirmed: boolean, locale: Locale): string {
  const zh = locale === 'zh-CN';
  return checks.map((c) => {
    const tag = c.severity === 'error' ? (zh ? (confirmed ? '错误（已确认运行）' : '错误') : (confirmed ? 'error (run confirmed)' : 'error'))
      : (zh ? '提示' : 'warning');
    return `${tag}${zh ? '：' : ': '}${c.message[locale]}`;
  }).join(zh ? '；' : '; ');
}

/**
 * The checks as stable codes, `kind:factor:count[:confirmed]` joined by "; ", so the task pane can read the run log
 * back in its own language whatever language the log was written in.
 */
export function checkCodes(checks: readonly RunCheck[], confirmed: boolean): string {
  return checks.map((c) => `${c.kind}:${c.factor}:${c.count}${c.severity === 'error' && confirmed ? ':confirmed' : ''}`).join('; ');
}

/** Issue counts by problem code, `invalid_number=3; duplicate_id=2`, in a fixed order. */
export function issueCountCodes(issues: readonly DataIssue[]): string {
  const counts = new Map<string, number>();
  for (const issue of issues) counts.set(issue.problem, (counts.get(issue.problem) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, n]) => `${code}=${n}`).join('; ');
}

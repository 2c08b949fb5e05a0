import { TierBookError } from '../errors';
import { text } from '../i18n/locale';
import { hasBlockingChecks, type RunCheck } from './runChecks';

/**
 * Blocking data checks stop a run until the user remaps or confirms: composeOutputPlan, which every host goes
 * through, refuses with this one message listing them (the runner exits 2, the pane keeps its button disabled).
 */
export function requireConfirmedChecks(checks: readonly RunCheck[], confirmed: boolean): void {
  if (confirmed || !hasBlockingChecks(checks)) return;
  const errors = checks.filter((c) => c.severity === 'error');
  throw new TierBookError('DATA_CHECKS_UNCONFIRMED', text(
    `数据检查发现 ${errors.length} 个错误，已停止运行：${errors.map((c) => c.message['zh-CN']).join('；')}。请改正列映射，或确认后再运行`,
    `the data checks found ${errors.length} error${errors.length === 1 ? '' : 's'}, so the run stopped: ${errors.map((c) => c.message['en-US']).join('; ')}. Remap the column, or confirm to run anyway`,
  ), { column: errors[0].column });
}

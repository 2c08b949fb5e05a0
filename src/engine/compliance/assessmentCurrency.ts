import { isoDateOfSerial, serialOfDate } from '../cell/parseDateCell';
import { text, type LocalizedText } from '../i18n/locale';
import type { ComplianceOptions } from './complianceOptions';

/** 正常 / 即将过期 / 已过期 / 未测评. */
export type AssessmentStatus = 'current' | 'expiring' | 'expired' | 'missing';

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, LocalizedText> = {
  current: text('正常', 'Current'),
  expiring: text('即将过期', 'Expiring soon'),
  expired: text('已过期', 'Expired'),
  missing: text('未测评', 'Not assessed'),
};

/**
 * The expiry date: the assessment date plus the validity in calendar months, clamped to the month's last day
 * (2024-02-29 + 1 year → 2025-02-28), as a serial day.
 */
export function expirySerial(assessedSerial: number, validity: ComplianceOptions['validity']): number {
  const d = new Date(Date.UTC(1899, 11, 30) + assessedSerial * 86_400_000);
  const months = validity.unit === 'year' ? validity.amount * 12 : validity.amount;
  const total = d.getUTCMonth() + months;
  const year = d.getUTCFullYear() + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return serialOfDate(year, month, Math.min(d.getUTCDate(), lastDay)) ?? Number.POSITIVE_INFINITY;
}

/**
 * A client's status on the run date. The assessment is valid up to the day before its expiry date; on the expiry
 * date it has expired (the safe side). 即将过期 from `warningDays` days before the expiry date.
 */
export function assessmentStatus(assessedSerial: number | undefined, runSerial: number, options: ComplianceOptions): { status: AssessmentStatus; expiry?: number } {
  if (assessedSerial === undefined) return { status: 'missing' };
  const expiry = expirySerial(assessedSerial, options.validity);
  if (runSerial >= expiry) return { status: 'expired', expiry };
  if (runSerial >= expiry - options.warningDays) return { status: 'expiring', expiry };
  return { status: 'current', expiry };
}

/** "2026-06-30". */
export function expiryText(expiry: number | undefined): string | null {
  return expiry === undefined || !Number.isFinite(expiry) ? null : isoDateOfSerial(expiry);
}

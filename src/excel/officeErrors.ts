import { TierBookError, isTierBookError, text, type LocalizedText } from '../engine';

/** Office.js rejects with OfficeExtension.Error (name "RichApi.Error"); code is the contract, message varies by build. */
export interface OfficeErrorLike {
  readonly code: string;
  readonly message: string;
}

export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || isTierBookError(error)) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

export function isPayloadLimitError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code !== undefined && PAYLOAD_CODES.has(code);
}

export function readOnlyError(): TierBookError {
  return new TierBookError('WORKBOOK_READ_ONLY', text(
    '工作簿为只读：请“另存为”一份副本（或点击“启用编辑”），然后再运行 TierBook',
    'the workbook is read-only: save a copy (or click "Enable Editing"), then run TierBook again'));
}

export function sheetProtectedError(sheet: string, isModelSheet = false): TierBookError {
  const zhHow = isModelSheet ? '请先在 TierBook 的“模型”页解除模型表锁定' : '请在“审阅 › 撤消工作表保护”中取消保护';
  const enHow = isModelSheet ? 'unlock the model sheet on TierBook\'s Model tab first' : 'unprotect it under Review › Unprotect Sheet';
  return new TierBookError('SHEET_PROTECTED', text(
    `工作表「${sheet}」受保护，TierBook 无法写入：${zhHow}，然后再运行`,
    `sheet "${sheet}" is protected, so TierBook cannot write to it: ${enHow}, then run again`), { sheet });
}

export function structureProtectedError(): TierBookError {
  return new TierBookError('SHEET_PROTECTED', text(
    '工作簿结构受保护，TierBook 无法添加或删除工作表：请在“审阅 › 保护工作簿”中取消保护后再运行',
    'the workbook structure is protected, so TierBook cannot add or delete sheets: turn off Review › Protect Workbook and run again'));
}

export function apiNotSupportedError(feature: LocalizedText, version: string): TierBookError {
  return new TierBookError('API_NOT_SUPPORTED', text(
    `此版本的 Excel 不支持${feature['zh-CN']}（需要 ExcelApi ${version}）：请更新 Excel 或改用 Excel 网页版`,
    `this version of Excel does not support ${feature['en-US']} (needs ExcelApi ${version}): update Excel or use Excel on the web`));
}

/**
 * Any failure → a TierBookError with a bilingual message. `context` says what TierBook was doing; AccessDenied is
 * mapped by the caller, which knows which sheet was involved (see diagnoseAccessDenied).
 */
export function toTierBookError(error: unknown, context: LocalizedText): TierBookError {
  if (isTierBookError(error)) return error;
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ApiNotFound') {
    return new TierBookError('API_NOT_SUPPORTED', text(
      `${context['zh-CN']}时出错：此版本的 Excel 缺少所需的 API（${detail}）`,
      `${context['en-US']} failed: this version of Excel lacks a required API (${detail})`));
  }
  if (code !== undefined && PAYLOAD_CODES.has(code)) {
    return new TierBookError('PAYLOAD_TOO_LARGE', text(
      `${context['zh-CN']}时出错：单次请求超出 Excel 的大小限制（${code}）`,
      `${context['en-US']} failed: a request exceeded Excel's size limit (${code})`));
  }
  if (code === 'AccessDenied') return readOnlyOrProtected(context, detail);
  return new TierBookError('INTERNAL', text(
    `${context['zh-CN']}时 Excel 报错：${code ?? ''} ${detail}`.trim(),
    `${context['en-US']} failed: Excel reported ${code ?? 'an error'}: ${detail}`));
}

/** AccessDenied whose cause was not pinned down: say both possibilities. */
function readOnlyOrProtected(context: LocalizedText, detail: string): TierBookError {
  return new TierBookError('SHEET_PROTECTED', text(
    `${context['zh-CN']}时被 Excel 拒绝（${detail}）：工作表或工作簿可能受保护或为只读，请取消保护或另存副本后再运行`,
    `${context['en-US']} was refused by Excel (${detail}): a sheet or the workbook may be protected or read-only; unprotect it or save a copy and run again`));
}

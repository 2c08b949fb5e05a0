import { containsRect, intersectRect } from './address';
import { officeError } from './errors';
import { ContextInternals, ExecEnv, FakeObject, LoadArg, Source, defineMembers } from './proxy';
import { DataValidationModel, RangeRef } from './workbookModel';

/*
 * Range.dataValidation (ExcelApi 1.8), recorded, never evaluated: Excel only checks what a user types, and the fake
 * has no user typing. Typed against @types/office-js (`implements Pick<Excel.DataValidation, ...>`). Stricter than the
 * documentation where it is silent, so that a writer that relies on luck fails here first:
 * - `rule` over cells that already have a rule fails (InvalidOperation): call `clear()` first, as Office's own
 *   data-validation sample does;
 * - `prompt`, `errorAlert` and `ignoreBlanks` need a rule on exactly that range (set the rule first);
 * - `clear()` over part of an existing rule's range fails (the fake does not split ranges);
 * - Excel's own limits: an input or error title up to 32 characters, a message up to 255, a list source up to 255.
 */

const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const RULE_KINDS = ['wholeNumber', 'decimal', 'textLength', 'date', 'time', 'list', 'custom'] as const;
const TYPE_OF: Record<(typeof RULE_KINDS)[number], string> = {
  wholeNumber: 'WholeNumber', decimal: 'Decimal', textLength: 'TextLength', date: 'Date', time: 'Time', list: 'List', custom: 'Custom',
};
const TITLE_MAX = 32;
const MESSAGE_MAX = 255;

function invalid(what: string): never {
  throw officeError('InvalidArgument', `data validation: ${what}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkFormula(value: unknown, kind: string, name: string): void {
  const ok = typeof value === 'string' ? value.length > 0 : typeof value === 'number' ? Number.isFinite(value) : value instanceof Date;
  if (!ok) invalid(`${kind}.${name} must be a number, a date or a non-empty string`);
  const iso = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/u;
  if (kind === 'date' && typeof value === 'string' && !value.startsWith('=') && !iso.test(value)) invalid(`date.${name} "${value}" is not an ISO-8601 date`);
}

/** The one criterion a rule holds, checked as Office.js documents it. */
function checkRule(rule: unknown): (typeof RULE_KINDS)[number] {
  if (!isRecord(rule)) invalid('the rule must be an object');
  const kinds = RULE_KINDS.filter((k) => rule[k] !== undefined);
  const unknown = Object.keys(rule).filter((k) => !(RULE_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) invalid(`unknown rule member ${unknown.join(', ')}`);
  if (kinds.length !== 1) invalid(`a rule holds exactly one criterion, not ${kinds.length}`);
  const kind = kinds[0];
  const criterion = rule[kind];
  if (!isRecord(criterion)) invalid(`${kind} must be an object`);
  if (kind === 'list') {
    if (typeof criterion.inCellDropDown !== 'boolean') invalid('list.inCellDropDown must be a boolean');
    if (typeof criterion.source !== 'string' || criterion.source.length === 0) invalid('list.source must be a non-empty string');
    if (criterion.source.length > MESSAGE_MAX) invalid(`list.source is longer than ${MESSAGE_MAX} characters`);
  } else if (kind === 'custom') {
    if (typeof criterion.formula !== 'string' || !criterion.formula.startsWith('=')) invalid('custom.formula must be a formula');
  } else {
    if (typeof criterion.operator !== 'string' || !OPERATORS.includes(criterion.operator)) invalid(`${kind}.operator "${String(criterion.operator)}" is not an operator`);
    checkFormula(criterion.formula1, kind, 'formula1');
    const ternary = criterion.operator === 'Between' || criterion.operator === 'NotBetween';
    if (ternary) checkFormula(criterion.formula2, kind, 'formula2');
    else if (criterion.formula2 !== undefined) invalid(`${kind}.formula2 is only for Between and NotBetween`);
  }
  return kind;
}

function checkText(value: unknown, name: string, max: number): void {
  if (typeof value !== 'string') invalid(`${name} must be a string`);
  if (value.length > max) invalid(`${name} is longer than ${max} characters`);
}

function checkPrompt(value: unknown): void {
  if (!isRecord(value)) invalid('the prompt must be an object');
  if (typeof value.showPrompt !== 'boolean') invalid('prompt.showPrompt must be a boolean');
  checkText(value.title, 'prompt.title', TITLE_MAX);
  checkText(value.message, 'prompt.message', MESSAGE_MAX);
}

function checkErrorAlert(value: unknown): void {
  if (!isRecord(value)) invalid('the error alert must be an object');
  if (typeof value.showAlert !== 'boolean') invalid('errorAlert.showAlert must be a boolean');
  if (!['Stop', 'Warning', 'Information'].includes(String(value.style))) invalid(`errorAlert.style "${String(value.style)}" is not Stop, Warning or Information`);
  checkText(value.title, 'errorAlert.title', TITLE_MAX);
  checkText(value.message, 'errorAlert.message', MESSAGE_MAX);
}

/** The rule set on exactly this range (the fake's condition for prompt, errorAlert and ignoreBlanks). */
function ruleOn(ref: RangeRef, env: ExecEnv): DataValidationModel {
  const found = env.model.dataValidations.find((v) => v.sheet === ref.sheet && v.rect.row === ref.rect.row && v.rect.col === ref.rect.col
    && v.rect.rows === ref.rect.rows && v.rect.cols === ref.rect.cols);
  if (!found) throw officeError('InvalidOperation', 'data validation: set the rule on this range first');
  return found;
}

function overlapping(ref: RangeRef, env: ExecEnv): DataValidationModel[] {
  return env.model.dataValidations.filter((v) => v.sheet === ref.sheet && intersectRect(v.rect, ref.rect));
}

export class FakeDataValidation extends FakeObject<RangeRef>
  implements Pick<Excel.DataValidation, 'load' | 'rule' | 'prompt' | 'errorAlert' | 'ignoreBlanks' | 'type' | 'clear'> {
  declare rule: Excel.DataValidation['rule'];
  declare prompt: Excel.DataValidation['prompt'];
  declare errorAlert: Excel.DataValidation['errorAlert'];
  declare ignoreBlanks: Excel.DataValidation['ignoreBlanks'];
  declare readonly type: Excel.DataValidation['type'];

  constructor(ctx: ContextInternals, source: Source<RangeRef>) {
    super(ctx, 'DataValidation', source);
  }

  load(option?: LoadArg): Excel.DataValidation {
    return this._load(option);
  }

  clear(): void {
    this._act('clear', [], (ref, env) => {
      env.model.assertEditable(ref.sheet, 'format');
      const hit = overlapping(ref, env);
      if (hit.some((v) => !containsRect(ref.rect, v.rect))) throw officeError('InvalidOperation', 'data validation: the fake clears whole rules only');
      const list = env.model.dataValidations;
      env.model.journal.saveArray(list);
      const kept = list.filter((v) => !hit.includes(v));
      list.length = 0;
      list.push(...kept);
    });
  }
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

defineMembers<RangeRef>(FakeDataValidation, {
  rule: {
    get: (ref, env) => { const v = overlapping(ref, env); return v.length === 1 ? copy(v[0].rule) : {}; },
    set: (ref, value, env) => {
      env.model.assertEditable(ref.sheet, 'format');
      const kind = checkRule(value);
      if (overlapping(ref, env).length > 0) throw officeError('InvalidOperation', 'data validation: these cells already have a rule; clear() it first');
      env.model.journal.saveArray(env.model.dataValidations);
      env.model.dataValidations.push({ sheet: ref.sheet, rect: { ...ref.rect }, type: TYPE_OF[kind], rule: copy(value as Record<string, unknown>), ignoreBlanks: true });
    },
  },
  prompt: {
    get: (ref, env) => { const v = overlapping(ref, env); return v.length === 1 && v[0].prompt ? copy(v[0].prompt) : null; },
    set: (ref, value, env) => {
      env.model.assertEditable(ref.sheet, 'format');
      checkPrompt(value);
      env.model.journal.set(ruleOn(ref, env), 'prompt', copy(value as Record<string, unknown>));
    },
  },
  errorAlert: {
    get: (ref, env) => { const v = overlapping(ref, env); return v.length === 1 && v[0].errorAlert ? copy(v[0].errorAlert) : null; },
    set: (ref, value, env) => {
      env.model.assertEditable(ref.sheet, 'format');
      checkErrorAlert(value);
      env.model.journal.set(ruleOn(ref, env), 'errorAlert', copy(value as Record<string, unknown>));
    },
  },
  ignoreBlanks: {
    get: (ref, env) => { const v = overlapping(ref, env); return v.length === 1 ? v[0].ignoreBlanks : true; },
    set: (ref, value, env) => {
      if (typeof value !== 'boolean') invalid('ignoreBlanks must be a boolean');
      env.model.assertEditable(ref.sheet, 'format');
      env.model.journal.set(ruleOn(ref, env), 'ignoreBlanks', value);
    },
  },
  type: {
    get: (ref, env) => {
      const v = overlapping(ref, env);
      if (v.length === 0) return 'None';
      const types = new Set(v.map((x) => x.type));
      return v.length === 1 && containsRect(v[0].rect, ref.rect) ? v[0].type : types.size === 1 ? 'MixedCriteria' : 'Inconsistent';
    },
  },
});

/**
 * Office-shaped errors. Real Office.js throws `OfficeExtension.Error` instances whose runtime
 * class is `_Internal.RuntimeError` with `name === 'RichApi.Error'` (see excel-web-16.00.debug.js
 * in @microsoft/office-js); add-in code branches on `code`, so codes are the contract here.
 */

export type FakeErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'BadPassword'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'NotImplemented'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'ValueNotLoaded';

const HTTP_STATUS: Partial<Record<FakeErrorCode, number>> = {
  AccessDenied: 401,
  ApiNotFound: 404,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  PropertyNotLoaded: 400,
  RequestPayloadSizeLimitExceeded: 400,
  ResponsePayloadSizeLimitExceeded: 400,
  ValueNotLoaded: 400,
};

/** Messages copied from the en-us Office strings shipped in @microsoft/office-js (where one exists). */
const DEFAULT_MESSAGES: Record<FakeErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The API you are trying to use could not be found.',
  BadPassword: 'The password you supplied is incorrect.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: 'The requested feature is not implemented by the fake Excel.',
  PropertyNotLoaded: 'The property is not available.',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export interface FakeErrorDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

/** Structurally matches `OfficeExtension.Error` (name, code, message, debugInfo, traceMessages, innerError). */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: string;
  readonly debugInfo: FakeErrorDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    Object.setPrototypeOf(this, FakeOfficeError.prototype);
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
    this.httpStatusCode = HTTP_STATUS[code as FakeErrorCode] ?? 500;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function officeError(code: FakeErrorCode, detail?: string, errorLocation?: string): FakeOfficeError {
  const base = DEFAULT_MESSAGES[code];
  return new FakeOfficeError(code, detail ? `${base} (${detail})` : base, errorLocation);
}

/** Exactly the message real Office.js uses (ResourceStrings.PropertyNotLoaded). */
export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

/** Real wording: "The method or property {0} is part of the {1} requirement set, which is not available in your version of {2}." */
export function apiNotFound(member: string, version: string): FakeOfficeError {
  return new FakeOfficeError(
    'ApiNotFound',
    `The method or property ${member} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
    member,
  );
}

export function isFakeOfficeError(value: unknown): value is FakeOfficeError {
  return value instanceof FakeOfficeError;
}

/// <reference types="custom-functions-runtime" />
/*
 * Node has no `CustomFunctions` global; Excel's custom-functions runtime defines it. This stand-in copies
 * the runtime's shape (checked against @microsoft/office-js dist/custom-functions-runtime.js and
 * @types/custom-functions-runtime): ErrorCode is a string enum of Excel error values, and Error extends
 * the built-in Error with a `code` (default #VALUE!) and the message passed to it.
 * Only what the runtime provides to functions is defined; CustomFunctions.associate is deliberately
 * absent, because TIER.* sources must not call it (the webpack metadata plugin adds the calls).
 */

const errorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

type ErrorCodeValue = (typeof errorCode)[keyof typeof errorCode];

class CustomFunctionsError extends Error {
  readonly code: ErrorCodeValue;

  constructor(code?: ErrorCodeValue, message?: string) {
    super(message ?? '');
    this.name = 'CustomFunctions.Error';
    this.code = code ?? errorCode.invalidValue;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

Object.defineProperty(globalThis, 'CustomFunctions', {
  value: Object.freeze({ Error: CustomFunctionsError, ErrorCode: Object.freeze({ ...errorCode }) }),
  configurable: true,
  writable: false,
});

export {};

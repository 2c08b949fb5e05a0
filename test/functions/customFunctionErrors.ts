/// <reference types="custom-functions-runtime" />

/** Returns what `call` threw; fails the test if it returned a value instead. */
function errorThrownBy(call: () => unknown): unknown {
  let returned: unknown;
  try {
    returned = call();
  } catch (error) {
    return error;
  }
  throw new Error(`expected a CustomFunctions.Error, but the call returned ${JSON.stringify(returned)}`);
}

/** The call raised #VALUE! (a CustomFunctions.Error, as Excel shows it) whose message holds every part. */
export function expectInvalidValue(call: () => unknown, ...messageParts: string[]): void {
  const error = errorThrownBy(call);
  expect(error).toBeInstanceOf(CustomFunctions.Error);
  const customError = error as CustomFunctions.Error;
  expect(customError.code).toBe(CustomFunctions.ErrorCode.invalidValue);
  expect(customError.code).toBe('#VALUE!');
  for (const part of messageParts) expect(customError.message).toContain(part);
}

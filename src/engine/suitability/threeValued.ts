/**
 * Kleene's three-valued logic: undefined is "unknown because a field is missing".
 * Why: "assets unknown AND experience < 2 years" is still false, so a missing field must not block a decision
 * the known fields already make.
 */
export type Truth = boolean | undefined;

/** False if any is false; true if all are true; otherwise unknown. */
export function allOf(values: readonly Truth[]): Truth {
  if (values.some((v) => v === false)) return false;
  return values.every((v) => v === true) ? true : undefined;
}

/** True if any is true; false if all are false; otherwise unknown. */
export function anyOf(values: readonly Truth[]): Truth {
  if (values.some((v) => v === true)) return true;
  return values.every((v) => v === false) ? false : undefined;
}

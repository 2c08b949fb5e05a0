/** `--formulas portable` is built by the engine's plan (src/engine/portable); the runner only needs to allow it. */
export function portableModeAvailable(): boolean {
  return true;
}

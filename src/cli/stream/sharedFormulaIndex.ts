/** `si="N"` of a shared formula's `<f>`; no other element of a worksheet's rows has an `si` attribute. */
const SHARED_INDEX = /\ssi\s*=\s*["'](\d+)["']/gu;

/**
 * The first shared-formula index free after the ones `rowXml` uses, given `free` so far. Why pass 1 records it:
 * the shared formulas the runner adds to the client sheet must not take an index the user's own formulas hold,
 * and their masters are written before the sheet's later rows are seen.
 */
export function freeSharedIndexAfter(rowXml: string, free: number): number {
  if (!rowXml.includes('si')) return free;
  SHARED_INDEX.lastIndex = 0;
  for (let m = SHARED_INDEX.exec(rowXml); m; m = SHARED_INDEX.exec(rowXml)) free = Math.max(free, Number(m[1]) + 1);
  return free;
}

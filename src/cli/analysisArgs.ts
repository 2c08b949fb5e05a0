import { DEFAULT_BOUNDARY_MARGIN, DEFAULT_CLUSTER_COUNT, DEFAULT_UPGRADE_OPTIONS, text, type AnalysisChoices, type LocalizedText } from '../engine';

/** A bad value of an analysis flag; parseArgs adds the usage line. */
export class AnalysisArgError extends Error {
  constructor(readonly text: LocalizedText) { super(text['en-US']); }
}

/** A positive number (or ≥ 0 with `zeroOk`), or a typed error naming the flag. */
function readNumber(flag: string, value: string | undefined, zeroOk: boolean): number {
  const n = value === undefined || value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n) || n < 0 || (!zeroOk && n === 0)) {
    throw new AnalysisArgError(zeroOk
      ? text(`${flag} 需要一个不小于 0 的数，而不是 ${value ?? ''}`, `${flag} needs a number ≥ 0, not ${value ?? ''}`)
      : text(`${flag} 需要一个大于 0 的数，而不是 ${value ?? ''}`, `${flag} needs a number > 0, not ${value ?? ''}`));
  }
  return n;
}

/** Most clusters a segmentation may ask for: more than ten profiles is no longer something a manager reads. */
const MAX_CLUSTERS = 10;

/**
 * The analysis flags (docs/cli.md, "Analysis sheets"): --analysis, --sensitivity[=MARGIN], --upgrade, --upgrade-points N,
 * --upgrade-assets PCT, --clusters[=K]. The switches take their value only inline (--clusters=6), so a following input
 * file is never read as one.
 */
export class AnalysisArgs {
  private sensitivity?: { margin: number };
  private upgrade?: { maxPoints: number; maxAssetIncrease: number };
  private clusters?: { k: number };

  /** How many argv entries after the flag it used (0 or 1), or undefined when the flag is not an analysis flag. */
  accept(flag: string, inline: string | undefined, next: string | undefined): number | undefined {
    switch (flag) {
      case '--analysis':
        this.sensitivity ??= { margin: DEFAULT_BOUNDARY_MARGIN };
        this.upgrade ??= { ...DEFAULT_UPGRADE_OPTIONS };
        this.clusters ??= { k: DEFAULT_CLUSTER_COUNT };
        return 0;
      case '--sensitivity':
        this.sensitivity = { margin: inline === undefined ? DEFAULT_BOUNDARY_MARGIN : readNumber(flag, inline, false) };
        return 0;
      case '--upgrade':
        this.upgrade ??= { ...DEFAULT_UPGRADE_OPTIONS };
        return 0;
      case '--upgrade-points':
        this.upgrade = { ...(this.upgrade ?? DEFAULT_UPGRADE_OPTIONS), maxPoints: readNumber(flag, inline ?? next, true) };
        return inline === undefined ? 1 : 0;
      case '--upgrade-assets':
        this.upgrade = { ...(this.upgrade ?? DEFAULT_UPGRADE_OPTIONS), maxAssetIncrease: readNumber(flag, inline ?? next, true) / 100 };
        return inline === undefined ? 1 : 0;
      case '--clusters': {
        const k = inline === undefined ? DEFAULT_CLUSTER_COUNT : Number(inline);
        if (!Number.isInteger(k) || k < 2 || k > MAX_CLUSTERS) {
          throw new AnalysisArgError(text(`--clusters 需要 2 到 ${MAX_CLUSTERS} 之间的整数，而不是 ${inline ?? ''}`, `--clusters needs a whole number from 2 to ${MAX_CLUSTERS}, not ${inline ?? ''}`));
        }
        this.clusters = { k };
        return 0;
      }
      default:
        return undefined;
    }
  }

  /** The choices made, or undefined when no analysis flag was given (the default output). */
  choices(): AnalysisChoices | undefined {
    if (!this.sensitivity && !this.upgrade && !this.clusters) return undefined;
    return { sensitivity: this.sensitivity, upgrade: this.upgrade, clusters: this.clusters };
  }
}

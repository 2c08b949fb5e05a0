
/**
 * The runner's phases, in the order a run meets them. read: waiting for the input's bytes to be read and inflated
 * (pass 1's wall time not spent parsing); parse: turning sheet XML into the engine's table; score: tiering;
 * plan: composing the output plan; write: building the output XML; deflate: waiting for output bytes to be
 * compressed and written (pass 2's wall time not spent building XML).
 */
export const PHASES = ['read', 'parse', 'score', 'plan', 'write', 'deflate'] as const;
export type Phase = (typeof PHASES)[number];

/** Milliseconds per phase and the heap's high-water mark; collected only when timings are asked for. */
export class PhaseTimings {
  private readonly ms = new Map<Phase, number>(PHASES.map((p) => [p, 0]));
  private peakRss = 0;

  constructor(readonly enabled: boolean) {}

  /** Runs `work` and books its duration to `phase`. */
  time<T>(phase: Phase, work: () => T): T {
    if (!this.enabled) return work();
    const t0 = performance.now();
    try {
      return work();
    } finally {
      this.add(phase, performance.now() - t0);
    }
  }

  add(phase: Phase, ms: number): void {
    if (this.enabled) this.ms.set(phase, (this.ms.get(phase) ?? 0) + ms);
  }

  /** Books to `waiting` the part of a pass's `wallMs` that the phases in `working` (its own synchronous work) did not take. */
  addRest(waiting: Phase, wallMs: number, working: readonly Phase[]): void {
    this.add(waiting, Math.max(0, wallMs - working.reduce((sum, p) => sum + this.of(p), 0)));
  }

  /** `chunks`, with the time taken to produce each one booked to `phase`. */
  *timedChunks(phase: Phase, chunks: Iterable<string>): Generator<string> {
    const iterator = chunks[Symbol.iterator]();
    for (;;) {
      const next = this.time(phase, () => iterator.next());
      if (next.done) return;
      yield next.value;
    }
  }

  of(phase: Phase): number {
    return this.ms.get(phase) ?? 0;
  }

  /** Samples the resident set size, so the report can say at which phase memory peaked. */
  sampleMemory(): void {
    if (this.enabled) this.peakRss = Math.max(this.peakRss, process.memoryUsage.rss());
  }

  /** One line for stderr: "timings: read 812 ms, parse 1203 ms, … (total 5321 ms; RSS high-water 251 MB)". */
  report(): string {
    const parts = PHASES.map((p) => `${p} ${Math.round(this.of(p))} ms`);
    const total = PHASES.reduce((sum, p) => sum + this.of(p), 0);
    return `timings: ${parts.join(', ')} (total ${Math.round(total)} ms; RSS sampled peak ${Math.round(this.peakRss / 1048576)} MB)`;
  }
}

let current = new PhaseTimings(false);

/**
 * The timings of the run under way. Why a module-level recorder rather than a parameter: the hot loops that book
 * time sit several calls below the runner, and a disabled recorder costs one branch per chunk.
 */
export function runTimings(): PhaseTimings {
  return current;
}

/** Starts a run's timings, on when TIERBOOK_TIMINGS is set (see timingsFromEnv). */
export function startRunTimings(env: NodeJS.ProcessEnv = process.env): PhaseTimings {
  current = timingsFromEnv(env);
  return current;
}

/** On when TIERBOOK_TIMINGS is set (to anything but "0"): printed to stderr after the run, off by default. */
export function timingsFromEnv(env: NodeJS.ProcessEnv = process.env): PhaseTimings {
  const v = env.TIERBOOK_TIMINGS;
  return new PhaseTimings(v !== undefined && v !== '' && v !== '0');
}

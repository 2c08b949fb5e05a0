import * as path from 'path';
import { PHASES, PhaseTimings, timingsFromEnv } from '../../src/cli/phaseTimings';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { runCli } from './runCli';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'clients.xlsx');

describe('phase timings', () => {
  it('are off unless TIERBOOK_TIMINGS asks for them', () => {
    expect(timingsFromEnv({}).enabled).toBe(false);
    expect(timingsFromEnv({ TIERBOOK_TIMINGS: '0' }).enabled).toBe(false);
    expect(timingsFromEnv({ TIERBOOK_TIMINGS: '1' }).enabled).toBe(true);
  });

  it('book work to its phase, and the rest of a pass to the phase that waits', () => {
    const t = new PhaseTimings(true);
    t.add('parse', 30);
    expect(t.time('score', () => 7)).toBe(7);
    t.addRest('read', 100, ['parse']);
    expect(t.of('read')).toBe(70);
    expect(Array.from(t.timedChunks('write', ['a', 'b']))).toEqual(['a', 'b']);
    t.addRest('deflate', 1, ['parse', 'write']);
    expect(t.of('deflate')).toBe(0); // never negative
  });

  it('a disabled recorder books nothing', () => {
    const t = new PhaseTimings(false);
    t.add('read', 5);
    expect(t.time('plan', () => 'x')).toBe('x');
    expect(PHASES.map((p) => t.of(p))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('a run with TIERBOOK_TIMINGS set prints one line per run naming every phase on stderr; without it, none', async () => {
    const dir = makeTempDir('tierbook-timings-');
    const before = process.env.TIERBOOK_TIMINGS;
    try {
      process.env.TIERBOOK_TIMINGS = '1';
      const timed = await runCli([SAMPLE, '-o', path.join(dir, 'timed.xlsx')]);
      expect(timed.code).toBe(0);
      const lines = timed.stderr.split('\n').filter((l) => l.startsWith('timings: '));
      expect(lines).toHaveLength(1);
      for (const phase of PHASES) expect(lines[0]).toMatch(new RegExp(`\\b${phase} \\d+ ms`, 'u'));
      delete process.env.TIERBOOK_TIMINGS;
      const quiet = await runCli([SAMPLE, '-o', path.join(dir, 'quiet.xlsx')]);
      expect(quiet.code).toBe(0);
      expect(quiet.stderr).not.toContain('timings:');
    } finally {
      if (before === undefined) delete process.env.TIERBOOK_TIMINGS; else process.env.TIERBOOK_TIMINGS = before;
      removeTempDir(dir);
    }
  });
});

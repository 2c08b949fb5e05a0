import { text, type Locale } from '../engine';
import type { CliIO } from './cliIo';
import { displayWidth, padDisplay } from './textWidth';

/** Rows read or written so far; drawn as one line rewritten in place. */
export interface Progress {
  update(stage: 'read' | 'write', done: number, total: number): void;
  /** Clears the line so the summary starts on a clean one. */
  finish(): void;
}

const STAGES = { read: text('读取', 'reading'), write: text('写入', 'writing') } as const;

/** Progress on stderr for a person watching a terminal; nothing at all when stderr is a file or a pipe. */
export function createProgress(io: CliIO, locale: Locale): Progress {
  if (!io.stderrIsTTY) return { update: () => undefined, finish: () => undefined };
  let width = 0;
  return {
    update(stage, done, total) {
      const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
      const line = locale === 'zh-CN'
        ? `${STAGES[stage][locale]} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} 行（${percent}%）`
        : `${STAGES[stage][locale]} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} rows (${percent}%)`;
      io.stderr.write(`\r${padDisplay(line, width)}`);
      width = Math.max(width, displayWidth(line));
    },
    finish() {
      if (width > 0) io.stderr.write(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}

// What the server says while it starts: each migration step, and the seeds with a progress bar on a
// terminal (stderr, redrawn in place); without a terminal only the log lines (src/server.ts).
import type { Logger } from './logger.ts';
import { progressBar } from './progress-bar.ts';

/** What startApp reports as it goes (src/app.ts). */
export interface StartProgress {
  (event: { step: 'database' } | { step: 'migrations'; applied: string[] } | { step: 'seeds'; done: number; total: number }): void;
}

export function startProgress(logger: Logger, terminal = process.stderr.isTTY === true): StartProgress {
  let drawn = false;
  return (event) => {
    if (event.step === 'database') {
      logger.info('database open: checking migrations');
      return;
    }
    if (event.step === 'migrations') {
      if (event.applied.length === 0) logger.info('migrations: up to date');
      else logger.info({ migrations: event.applied }, `applied ${event.applied.length} migrations`);
      return;
    }
    if (!terminal) return;
    if (event.done === event.total && !drawn) return; // every seed already stored: nothing to draw
    process.stderr.write(`\r\x1b[2Kseeds ${progressBar(event.done, event.total)}`);
    drawn = true;
    if (event.done === event.total) process.stderr.write('\n');
  };
}

// What the server says while it starts: each migration step, and the seeds with a progress bar on a
// terminal (stderr, redrawn in place); without a terminal only the log lines (src/server.ts).
import type { Logger } from './logger.ts';
import { progressBar } from './progress-bar.ts';

/** What startApp reports as it goes (src/app.ts). */
export interface StartProgress {
  (event: { step: 'migrations'; applied: string[] } | { step: 'seeds'; done: number; total: number }): void;
}

export function startProgress(logger: Logger, terminal = process.stderr.isTTY === true): StartProgress {
  let drawn = false;
  return (event) => {
    if (event.step === 'migrations') {
      // Applied ones are logged by name once the start is done (src/server.ts).
      if (event.applied.length === 0) logger.info('migrations: up to date');
      return;
    }
    if (!terminal) return;
    if (event.done === event.total && !drawn) return; // every seed already stored: nothing to draw
    process.stderr.write(`\r\x1b[2Kseeds ${progressBar(event.done, event.total)}`);
    drawn = true;
    if (event.done === event.total) process.stderr.write('\n');
  };
}

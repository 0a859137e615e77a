// What the server says while it starts: each migration step, and the seeds with a progress bar on a
// terminal (stderr, redrawn in place); without a terminal only the log lines (src/server.ts).
import type { StartProgress } from '../app.ts';
import type { Logger } from './logger.ts';

function bar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
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
    process.stderr.write(`\r\x1b[2Kseeds ${bar(event.done, event.total)}`);
    drawn = true;
    if (event.done === event.total) process.stderr.write('\n');
  };
}

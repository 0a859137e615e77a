// Where the CLI writes: results on stdout (clean JSON with --json), progress and messages on stderr,
// progress only when stderr is a terminal.
export const isTerminal = (): boolean => process.stderr.isTTY === true;

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A one-line status on a terminal (overwritten by the next), nothing elsewhere. */
export function status(text: string): void {
  if (isTerminal()) process.stderr.write(`\r\x1b[2K${text}`);
}

export function endStatus(): void {
  if (isTerminal()) process.stderr.write('\r\x1b[2K');
}

export { progressBar } from '../ops/progress-bar.ts';

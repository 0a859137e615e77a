// Log lines for a person at a terminal: "12:04:05 INFO  message  key=value", instead of the JSON a
// log shipper reads. Used only when stdout is a TTY (src/ops/logger.ts); pipes and files get JSON.
const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
const COLOURS: Record<number, string> = { 40: '\x1b[33m', 50: '\x1b[31m', 60: '\x1b[31m' };
const HIDDEN = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname']);
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

function value(v: unknown): string {
  return typeof v === 'string' ? (/\s/.test(v) ? JSON.stringify(v) : v) : JSON.stringify(v);
}

/** One JSON log line as one readable line (an error's stack on the lines after it). */
export function prettyLine(json: string, colour: boolean): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const level = Number(entry.level);
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
  const err = entry.err as { stack?: string } | undefined;
  const fields = Object.entries(entry)
    .filter(([key]) => !HIDDEN.has(key) && key !== 'err')
    .map(([key, v]) => `${key}=${value(v)}`)
    .join(' ');
  const tint = colour ? (COLOURS[level] ?? '') : '';
  const head = `${colour ? DIM : ''}${time}${colour ? RESET : ''} ${tint}${LEVELS[level] ?? level}${tint ? RESET : ''} ${entry.msg ?? ''}`;
  const tail = fields ? `  ${colour ? DIM : ''}${fields}${colour ? RESET : ''}` : '';
  return `${head}${tail}${err?.stack ? `\n${err.stack}` : ''}\n`;
}

/** A pino destination that writes pretty lines to stdout. */
export function prettyDestination(colour = !process.env.NO_COLOR) {
  return { write: (chunk: string) => void process.stdout.write(prettyLine(chunk, colour)) };
}

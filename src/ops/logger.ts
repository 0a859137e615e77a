// Structured JSON logs (one object per line on stdout), so a log shipper needs no parsing rules.
// Yoga's own messages go through the same logger.
import { pino, type Logger } from 'pino';
import type { Config } from '../config.ts';
import { prettyDestination } from './pretty-log.ts';

export type { Logger };

const loggers = new Map<string, Logger>();

/** One logger (one stdout writer) per level and process, so lines from the server and the handler keep their order. */
export function createLogger(level: Config['LOG_LEVEL']): Logger {
  let logger = loggers.get(level);
  if (!logger) {
    const options = { level, base: { service: 'diplograph' }, timestamp: pino.stdTimeFunctions.isoTime };
    // A person at a terminal reads lines; anything else (a pipe, a file, a log shipper) gets JSON.
    logger = process.stdout.isTTY ? pino(options, prettyDestination()) : pino(options);
    loggers.set(level, logger);
  }
  return logger;
}

type YogaLogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Yoga's logger interface over pino: an Error becomes `err` (with its stack), other values the message. */
export function yogaLogger(logger: Logger): Record<YogaLogLevel, (...args: unknown[]) => void> {
  const at = (level: YogaLogLevel) => (...args: unknown[]) => {
    if (!logger.isLevelEnabled(level)) return;
    const error = args.find((a): a is Error => a instanceof Error);
    const text = args
      .filter((a) => a !== error)
      .map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
      .join(' ');
    if (error) logger[level]({ err: error, source: 'yoga' }, text || error.message);
    else logger[level]({ source: 'yoga' }, text);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

// The data of a fully planned answer, kept as the JSON text PostgreSQL built for each root field.
// The response splices those texts in as they are: parsing them into objects only for
// JSON.stringify to write them out again was a sixth of the server's CPU time per request (s02 at
// 10k, CPU profile). A root field's value is parsed when something reads it (the response cache,
// a test), and from then on written from the parsed value, so what was read and perhaps changed
// is what is sent.
import type { ExecutionResult } from 'graphql';

/** A root field's answer as JSON text, not parsed. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** The texts of the root fields nobody has read yet, by response key. */
const unread = new WeakMap<object, Map<string, string>>();

/** The data object of a planned answer: RawJson values become properties parsed when first read. */
export function plannedData(entries: [string, unknown][]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const texts = new Map<string, string>();
  for (const [key, value] of entries) {
    if (!(value instanceof RawJson)) {
      data[key] = value;
      continue;
    }
    texts.set(key, value.text);
    let parsed: unknown;
    Object.defineProperty(data, key, {
      enumerable: true,
      configurable: true,
      get() {
        if (texts.has(key)) parsed = JSON.parse(texts.get(key)!);
        texts.delete(key);
        return parsed;
      },
      set(next: unknown) {
        texts.delete(key);
        parsed = next;
      },
    });
  }
  unread.set(data, texts);
  return data;
}

/** JSON.stringify for a result whose data may come from plannedData: unread texts go in as they are. */
export function stringifyPlanned(result: ExecutionResult): string {
  const data = result.data as Record<string, unknown> | null | undefined;
  const texts = data ? unread.get(data) : undefined;
  if (!data || !texts?.size) return JSON.stringify(result);
  const fields: string[] = [];
  for (const key of Object.keys(data)) {
    // As JSON.stringify does, a property set to undefined is left out.
    const text = texts.get(key) ?? JSON.stringify(data[key]);
    if (text !== undefined) fields.push(`${JSON.stringify(key)}:${text}`);
  }
  const { data: _data, ...rest } = result;
  const others = JSON.stringify(rest);
  return `{"data":{${fields.join(',')}}${others === '{}' ? '' : `,${others.slice(1, -1)}`}}`;
}

// What must never reach a client: stack frames, source paths, SQL, driver and ORM internals.
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat (async )?[\w.<>$]+ \(|\n\s+at /],
  ['source location', /\.(ts|js|mjs|cjs):\d+/],
  ['file path', /node_modules|\/work\/|\/home\/|\/usr\/|\/tmp\/|[A-Z]:\\\\/],
  ['stack field', /"stack"\s*:/],
  ['original error', /"originalError"\s*:/],
  ['SQL', /\b(SELECT|INSERT INTO|UPDATE "|DELETE FROM|DROP TABLE|CREATE TABLE)\b|syntax error at or near|SQLSTATE|\bpg_[a-z]/],
  ['ORM', /Prisma|Invalid `|\$queryRaw|findUnique|DriverAdapter/],
];

/** The names of the leaks found in a response body (empty when clean). */
export function leaksIn(body: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(body)).map(([name]) => name);
}

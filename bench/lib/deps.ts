// The benchmark's own dependencies (PostGraphile, Node 22, autocannon) live in bench/package.json so
// the project's npm ci never installs them; they are installed here on first use.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BENCH_DIR, SERVER_NODE } from './processes.ts';

export function ensureBenchDependencies(log: (line: string) => void): void {
  const ready = existsSync(SERVER_NODE) && existsSync(`${BENCH_DIR}node_modules/postgraphile/package.json`) && existsSync(`${BENCH_DIR}node_modules/autocannon/package.json`);
  if (ready) return;
  log('installing bench dependencies (npm ci --prefix bench) …');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--prefix', BENCH_DIR, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

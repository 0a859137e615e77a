// What the figures were measured on: they compare only within one run on one machine.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { SERVER_NODE, ROOT } from './processes.ts';
import { serverVersion } from './postgres.ts';

export interface MachineInfo {
  cpuCount: number;
  cpuModel: string;
  memoryGb: number;
  /** The runner's Node. */
  node: string;
  /** The Node every server under test runs on (SERVER_NODE). */
  serverNode: string;
  postgres: string;
  gitCommit: string;
  gitDirty: boolean;
  date: string;
  loadAverageAtStart: number[];
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

export async function machineInfo(): Promise<MachineInfo> {
  return {
    cpuCount: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    serverNode: execFileSync(SERVER_NODE, ['--version'], { encoding: 'utf8' }).trim(),
    postgres: await serverVersion(),
    gitCommit: git('rev-parse', 'HEAD'),
    gitDirty: git('status', '--porcelain', '--untracked-files=no') !== '',
    date: new Date().toISOString(),
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

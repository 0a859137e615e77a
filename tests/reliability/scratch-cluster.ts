// A private PostgreSQL cluster that a test may stop and start (never the shared server on 5432):
// initdb into a temp folder, its own port and socket folder. initdb and pg_ctl refuse to run as
// root, so as root they run as the `postgres` user.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/live-server.ts';

const BIN = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';

/** Why a scratch cluster cannot be made here, or null when it can. */
export function scratchClusterUnavailable(): string | null {
  if (!existsSync(path.join(BIN, 'initdb'))) return `no PostgreSQL binaries in ${BIN} (set PG_BIN_DIR)`;
  if (process.getuid?.() === 0) {
    try {
      execFileSync('id', ['postgres'], { stdio: 'ignore' });
    } catch {
      return 'running as root and there is no postgres user to run initdb as';
    }
  }
  return null;
}

export interface ScratchCluster {
  url: string;
  port: number;
  start(): void;
  /** `fast` ends sessions and checkpoints; `immediate` is a crash. */
  stop(mode?: 'fast' | 'immediate'): void;
  destroy(): void;
}

export async function createScratchCluster(): Promise<ScratchCluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-pg-'));
  const data = path.join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const command = [path.join(BIN, tool), ...args];
    if (!asRoot) return execFileSync(command[0]!, command.slice(1), { stdio: 'pipe' });
    const quoted = command.map((part) => `'${part.replaceAll("'", `'\\''`)}'`).join(' ');
    return execFileSync('su', ['postgres', '-s', '/bin/bash', '-c', quoted], { stdio: 'pipe' });
  };
  run('initdb', ['-D', data, '-U', 'app', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const cluster: ScratchCluster = {
    url: `postgresql://app@127.0.0.1:${port}/postgres`,
    port,
    start: () => void run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']),
    stop: (mode = 'fast') => void run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']),
    destroy: () => {
      try {
        cluster.stop('immediate');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}

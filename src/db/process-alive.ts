// Whether the process that wrote a lock still runs: same host, pid alive, and not a newer process
// that got the same pid after the owner died (pids are reused, e.g. after a reboot).
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface ProcessStamp {
  pid: number;
  hostname: string;
  /** ISO time the owner wrote its stamp. */
  startedAt: string;
}

/** Whether the recorded owner still runs: same host, pid alive, and not a newer process reusing the pid. */
export function isAlive(info: ProcessStamp): boolean {
  if (info.hostname !== hostname()) return true; // A shared folder on another host: never steal it.
  try {
    process.kill(info.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStartMs(info.pid);
  // A process that started after the lock was written cannot be its owner (pid reused after a crash).
  return started === null || started <= Date.parse(info.startedAt) + 2_000;
}

/** Linux: when a process started, from /proc (field 22 of stat, in clock ticks after boot). */
function processStartMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const bootSeconds = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(bootSeconds)) return null;
    return (bootSeconds + ticks / 100) * 1000; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}


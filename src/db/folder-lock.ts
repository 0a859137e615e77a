// One writer per embedded database. PGlite is an in-process engine with no lock of its own: two
// processes on one folder each write their own pages and silently corrupt it (issue 13: duplicate
// unique hashes, lost TOAST chunks). So the folder gets a lock file beside it, `<folder>.lock`,
// created exclusively (O_EXCL), holding the owner's pid, start time and role, and for a server its
// URL and a local token (hence mode 0600). A lock whose pid is gone, or is now another process, is
// stale and taken over; a live one refuses the second process with a message naming both.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { isAlive } from './process-alive.ts';

export type LockRole = 'server' | 'ingest' | 'tool';

export interface LockInfo {
  pid: number;
  /** ISO time the lock was taken. */
  startedAt: string;
  hostname: string;
  role: LockRole;
  /** The folder, absolute and with symlinks resolved. */
  folder: string;
  /** A server's GraphQL endpoint, once it listens. */
  url?: string;
  /** Accepted by that server for mutations from this machine (see README, "One process per folder"). */
  token?: string;
}

export interface FolderLock {
  path: string;
  info: LockInfo;
  /** Records where the owning server listens (rewritten atomically, still 0600). */
  advertise(url: string): void;
  release(): void;
}

export class FolderLockedError extends Error {
  override name = 'FolderLockedError';
  constructor(readonly owner: LockInfo) {
    super(describeOwner(owner));
  }
}

const ROLE_NAMES: Record<LockRole, string> = { server: 'a Diplograph server', ingest: '`npm run ingest`', tool: 'another Diplograph process' };

export function describeOwner(owner: LockInfo): string {
  const where = owner.url ? ` at ${owner.url}` : owner.role === 'server' ? ' (still starting)' : '';
  const host = owner.hostname === hostname() ? '' : ` on host ${owner.hostname}; if it no longer runs there, delete ${owner.folder}.lock`;
  return (
    `The embedded database ${owner.folder} is in use by ${ROLE_NAMES[owner.role]}${where} ` +
    `(pid ${owner.pid}, since ${owner.startedAt}${host}). One process at a time may open a PGlite folder: ` +
    'stop that process first, or point PGLITE_DIR (or DATABASE_URL=pglite:<folder>) at another folder.'
  );
}

/** Whether the owner runs on this machine (a lock on a shared folder may come from another). */
export const isLocal = (owner: LockInfo): boolean => owner.hostname === hostname();

/** The folder's canonical path (created if missing) and its lock file's path. */
export function lockPathFor(dataDir: string): { folder: string; lockPath: string } {
  mkdirSync(dataDir, { recursive: true });
  const folder = realpathSync(dataDir);
  return { folder, lockPath: `${folder}.lock` };
}

/** The lock's content when a live process holds it; null when it is absent, unreadable or stale. */
export function readFolderLock(dataDir: string): LockInfo | null {
  const { lockPath } = lockPathFor(dataDir);
  const info = readLockFile(lockPath);
  return info && !isPartial(info) && isAlive(info) ? info : null;
}

/** A lock file with no owner in it yet: its owner is between create and write, unless it died there. */
const HALF_WRITTEN_GRACE_MS = 2_000;
type Partial = { partialForMs: number };

function readLockFile(lockPath: string): LockInfo | Partial | null {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8');
  } catch (error) {
    // Unreadable (another user's folder) must not count as absent, or it would be taken over.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const info = JSON.parse(text) as LockInfo;
    if (Number.isInteger(info.pid)) return info;
  } catch {
    // Half-written: below.
  }
  const stat = statSync(lockPath, { throwIfNoEntry: false });
  return stat ? { partialForMs: Date.now() - stat.mtimeMs } : null;
}

const isPartial = (read: LockInfo | Partial | null): read is Partial => read !== null && 'partialForMs' in read;

/** Creates the file only if absent; false when another process created it first. */
function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock. Two processes could both find it stale; a short-lived guard file makes the
 * check-and-remove one step, so neither removes the fresh lock the other has just created.
 */
function removeStale(lockPath: string, stale: LockInfo | Partial | null): void {
  const guard = `${lockPath}.takeover`;
  if (!createExclusive(guard, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), hostname: hostname() }))) {
    // A takeover in progress, or one whose process died mid-way: clear a dead guard and let the caller retry.
    const holder = readLockFile(guard);
    if (isPartial(holder) ? holder.partialForMs > HALF_WRITTEN_GRACE_MS : !holder || !isAlive(holder)) unlinkQuietly(guard);
    return;
  }
  try {
    const now = readLockFile(lockPath);
    const same = isPartial(stale) ? isPartial(now) : !isPartial(now) && now?.pid === stale?.pid && now?.startedAt === stale?.startedAt;
    if (same) unlinkQuietly(lockPath);
  } finally {
    unlinkQuietly(guard);
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}

/** Takes the folder's lock or throws FolderLockedError naming the live owner. */
export function acquireFolderLock(dataDir: string, role: LockRole): FolderLock {
  const { folder, lockPath } = lockPathFor(dataDir);
  const info: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), hostname: hostname(), role, folder, token: randomBytes(32).toString('base64url') };
  for (let attempt = 0; attempt < 40; attempt++) {
    if (createExclusive(lockPath, JSON.stringify(info))) return heldLock(lockPath, info);
    const owner = readLockFile(lockPath);
    if (isPartial(owner) && owner.partialForMs < HALF_WRITTEN_GRACE_MS) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150); // its owner is writing it: look again
      continue;
    }
    if (owner && !isPartial(owner) && isAlive(owner)) throw new FolderLockedError({ ...owner, token: undefined });
    removeStale(lockPath, owner);
  }
  throw new Error(`could not take the lock ${lockPath}`);
}

function heldLock(lockPath: string, info: LockInfo): FolderLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    // Only our own lock: never remove one a later owner took over.
    const now = readLockFile(lockPath);
    if (!isPartial(now) && now?.pid === info.pid && now.startedAt === info.startedAt) unlinkQuietly(lockPath);
  };
  // A process that exits without closing the database (an error, process.exit) still lets go.
  process.on('exit', release);
  return {
    path: lockPath,
    info,
    advertise(url) {
      info.url = url;
      const temp = path.join(path.dirname(lockPath), `.${path.basename(lockPath)}.${process.pid}.tmp`);
      writeFileSync(temp, JSON.stringify(info), { mode: 0o600 });
      renameSync(temp, lockPath);
    },
    release,
  };
}

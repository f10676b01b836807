/**
 * PGlite is single-process: two processes opening the same data directory would corrupt it. The first one
 * writes its pid into DATA_DIR/motcua.lock; any other process stops with DATABASE_BUSY instead of touching it.
 */
import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { commonError } from './errors.ts';

export interface DataDirLock {
  release(): Promise<void>;
}

export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const file = path.resolve(dataDir, 'motcua.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      let released = false;
      return {
        async release() {
          if (released) return;
          released = true;
          await unlink(file).catch(() => undefined);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
      if (Number.isFinite(holder) && holder !== process.pid && isAlive(holder)) {
        throw commonError('DATABASE_BUSY', { dataDir: path.resolve(dataDir), pid: holder });
      }
      await unlink(file).catch(() => undefined); // stale lock from a process that died
    }
  }
  throw commonError('DATABASE_BUSY', { dataDir: path.resolve(dataDir) });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

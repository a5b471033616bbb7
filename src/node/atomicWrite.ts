/**
 * Atomic file replacement: write a temp file in the target's directory, fsync, rename.
 * A crash or an error leaves either the previous file or the new one, never half a file.
 */
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface AtomicWriteHooks {
  /** Test hook: runs after the temp file is written and synced, before the rename. */
  readonly beforeRename?: (tempPath: string) => void | Promise<void>;
}

/** The temp file used for `target`: `.name.xlsx.<pid>.tmp` beside it. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
}

/**
 * Writes `bytes` to `target` atomically; on any error the temp file is removed and the error rethrown.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, hooks: AtomicWriteHooks = {}): Promise<void> {
  await replaceAtomically(
    target,
    async (temp) => {
      const handle = await open(temp, "w", 0o644);
      try {
        await handle.writeFile(bytes);
      } finally {
        await handle.close();
      }
    },
    hooks,
  );
}

/**
 * Replaces `target` atomically with what `produce` writes to the temp path it is given (e.g. a
 * stream): the temp file is then fsynced and renamed; on any error it is removed and the error rethrown.
 */
export async function replaceAtomically(
  target: string,
  produce: (tempPath: string) => Promise<void>,
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await produce(temp);
    const handle = await open(temp, "r+");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await hooks.beforeRename?.(temp);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  await syncDirectory(dirname(target));
}

/** Makes the rename durable; some platforms cannot open a directory, which is harmless. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here (e.g. Windows): the rename is still atomic.
  }
}

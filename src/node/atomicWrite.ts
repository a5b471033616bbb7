/**
 * Atomic file replacement: write a temp file in the target's directory, fsync, rename.
 * A crash or an error leaves either the previous file or the new one, never half a file.
 * A system error (missing folder, disk full, file locked…) becomes an {@link OutputError}
 * naming the target as the user typed it, never the temp file.
 */
import { createHash } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { guardOutput } from "./outputErrors.js";

export interface AtomicWriteHooks {
  /** Test hook: runs after the temp file is written and synced, before the rename. */
  readonly beforeRename?: (tempPath: string) => void | Promise<void>;
  /** The target as the user typed it, for error messages (default: the target path). */
  readonly displayName?: string;
}

/** Characters of the target's name kept in the temp file's name (its own name must fit in 255 bytes). */
const TEMP_NAME_CHARS = 60;

/**
 * The temp file used for `target`: `.name.xlsx.<pid>.tmp` beside it, the name cut short when
 * long, so that a target whose name fits the file system always gets a temp file that fits too.
 */
export function tempPathFor(target: string): string {
  const name = basename(target);
  // Two long names that start alike still get different temp files.
  const short =
    name.length <= TEMP_NAME_CHARS
      ? name
      : `${name.slice(0, TEMP_NAME_CHARS)}~${createHash("sha256").update(name).digest("hex").slice(0, 8)}`;
  return join(dirname(target), `.${short}.${process.pid}.tmp`);
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
  const shown = hooks.displayName ?? target;
  try {
    await guardOutput(shown, async () => {
      await produce(temp);
      const handle = await open(temp, "r+");
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
    await hooks.beforeRename?.(temp);
    await guardOutput(shown, () => rename(temp, target), "replace");
  } catch (e) {
    // The temp file may not exist, or its folder may not (ENOTDIR): the first error is the one to report.
    await rm(temp, { force: true }).catch(() => undefined);
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

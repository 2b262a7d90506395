/**
 * Makes a file or folder unwritable in a way that holds for root too: `chmod a-w` for an ordinary user;
 * for root, which chmod does not stop, the immutable attribute (`chattr +i`, ext4/xfs/btrfs). Answers
 * the function that undoes it.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, statSync } from "node:fs";

export function makeUnwritable(path: string): () => void {
  if (process.getuid?.() !== 0) {
    const mode = statSync(path).mode & 0o7777;
    chmodSync(path, mode & ~0o222);
    return () => chmodSync(path, mode);
  }
  const set = spawnSync("chattr", ["+i", path], { encoding: "utf8" });
  if (set.status !== 0) {
    throw new Error(
      `cannot make ${path} unwritable for root: chattr +i failed (${set.error?.message ?? set.stderr.trim()}); run the tests as a non-root user or on a file system with the immutable attribute`,
    );
  }
  return () => {
    spawnSync("chattr", ["-i", path]);
  };
}

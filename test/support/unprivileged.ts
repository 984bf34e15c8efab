/**
 * Permission failures that hold even when the tests run as root (as they do
 * in many containers, where chmod 000 stops nobody): the work runs with the
 * effective user id of "nobody", then root again.
 */
import { chmodSync } from 'node:fs';

const NOBODY = 65534;
const isRoot = () => process.getuid?.() === 0;

/** Take every permission away from `path` (a folder or file). */
export function unreadable(path: string): void {
  chmodSync(path, 0o000);
}

/** Read and write access for others, so "nobody" can work inside a test folder. */
export function openToOthers(...paths: string[]): void {
  for (const path of paths) chmodSync(path, 0o777);
}

/** Run `work` as an unprivileged user (a no-op when not root). */
export async function asUnprivileged<T>(work: () => T | Promise<T>): Promise<T> {
  const { seteuid } = process;
  if (!isRoot() || !seteuid) return work();
  seteuid(NOBODY);
  try {
    return await work();
  } finally {
    seteuid(0);
  }
}

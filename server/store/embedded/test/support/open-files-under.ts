import { readdir, readlink } from 'node:fs/promises';

/** The files under `dir` this process holds open, from Linux's /proc/self/fd. */
export async function openFilesUnder(dir: string): Promise<string[]> {
  const fds = await readdir('/proc/self/fd');
  const targets = await Promise.all(fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
  return targets.filter((target) => target.startsWith(`${dir}/`)).sort();
}

/** Whether a process still runs: the build lock (.build-tmp/lock) and the test build cache's lock name their owner's pid. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

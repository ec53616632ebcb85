/**
 * Claims a daily job so that it runs once per day, and never twice at once. `once` runs `work` unless
 * the job already ran that day (`done`) or another process is running it now (`busy`).
 */
export interface JobClaim {
  once<T>(
    name: string,
    day: string,
    work: () => Promise<T>,
  ): Promise<{ status: 'ran'; result: T } | { status: 'done' | 'busy' }>;
  close(): Promise<void>;
}

/**
 * The embedded store has one server per data folder (the folder lock), so claims live in memory: a
 * restart may run the job again that day, which deletes nothing new.
 */
export function createMemoryJobClaim(): JobClaim {
  const finished = new Set<string>();
  const running = new Set<string>();
  return {
    async once(name, day, work) {
      const key = `${name}@${day}`;
      if (finished.has(key)) return { status: 'done' };
      if (running.has(name)) return { status: 'busy' };
      running.add(name);
      try {
        const result = await work();
        finished.add(key);
        return { status: 'ran', result };
      } finally {
        running.delete(name);
      }
    },
    async close() {},
  };
}

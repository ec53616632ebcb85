import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Ends the process at once, as a power cut would. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `dist/server/main.mjs` as its own process on a free port and waits until it answers. */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  // SERVER_NODE_ARGS lets a benchmark profile the server (e.g. `--cpu-prof --cpu-prof-dir=…`).
  const nodeArgs = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'dist/server/main.mjs'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SCHEDULER_INTERVAL_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // A store with 100,000 families takes a while to index; benchmarks raise the limit.
    const timer = setTimeout(
      () => {
        child.kill('SIGKILL');
        reject(new Error(`server did not start: ${output}`));
      },
      Number(process.env.SERVER_START_TIMEOUT_MS ?? 20_000),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running on http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${output}`));
    });
  });
  const exited = once(child, 'exit');
  return {
    url,
    child,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small RAM disk of its own, to fill up or make read-only under a running server (needs root: mount, chattr). */
export interface ScratchDisk {
  path: string;
  readOnly(on: boolean): void;
  dispose(): void;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')}: ${result.stderr || result.error?.message}`);
}

export function mountScratchDisk(sizeMb: number): ScratchDisk {
  const path = mkdtempSync(join(tmpdir(), 'forloeb-disk-'));
  run('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0700`, 'tmpfs', path]);
  return {
    path,
    // Remounting read-only is refused while the server holds files open for writing; marking every file and
    // folder immutable has the same effect for the server (every write fails), even for root.
    readOnly: (on) => run('chattr', ['-R', on ? '+i' : '-i', path]),
    dispose() {
      spawnSync('chattr', ['-R', '-i', path]);
      spawnSync('umount', ['-l', path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}

/** Whether this machine lets the tests mount a RAM disk (root with mount rights); the reason when not. */
export function canMountScratchDisk(): { ok: boolean; reason: string } {
  try {
    mountScratchDisk(1).dispose();
    return { ok: true, reason: '' };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../api/startTestServer';
import { canMountScratchDisk, mountScratchDisk, type ScratchDisk } from './mountScratchDisk';
import { spawnServer, type ServerProcess } from './spawnServer';

const mountable = canMountScratchDisk();
if (!mountable.ok) console.warn(`Disk fault tests need a mountable RAM disk (root): ${mountable.reason}`);

const newFamily = (n: number) => ({
  members: [
    { role: 'pregnant', name: `Mor ${n}` },
    { role: 'child', name: 'Barn', dueDate: '2027-06-01' },
  ],
});

/** Writes zeros until the disk says it is full, big blocks first, then small ones for the last bytes. */
async function fillDisk(path: string): Promise<string> {
  const filler = join(path, 'filler.bin');
  const handle = await open(filler, 'w');
  try {
    for (const size of [1 << 20, 1 << 12, 1 << 9]) {
      const block = Buffer.alloc(size);
      for (;;) {
        try {
          await handle.write(block);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw error;
        }
      }
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
  return filler;
}

async function waitUntilReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if ((await fetch(`${url}/readyz`)).status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not become ready again by itself');
}

async function expectWritesRefused(url: string, client: Client) {
  const refused = await client.post('/api/families', newFamily(99));
  expect(refused.status).toBe(503);
  expect(refused.headers.get('retry-after')).toBeTruthy();
  expect((refused.body as { detail: string }).detail).toMatch(/Intet blev gemt/);
  expect((await fetch(`${url}/readyz`)).status).toBe(503);
  expect((await fetch(`${url}/healthz`)).status).toBe(200);
}

describe.skipIf(!mountable.ok)('the embedded store when its disk fails', () => {
  let disk: ScratchDisk | undefined;
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop().catch(() => undefined);
    disk?.dispose();
  });

  async function startOnScratchDisk() {
    disk = mountScratchDisk(24);
    server = await spawnServer({ DATA_DIR: disk.path });
    const client = createClient(server.url);
    await client.login();
    const acknowledged: string[] = [];
    for (let n = 0; n < 3; n++) {
      const reply = await client.post('/api/families', newFamily(n));
      expect(reply.status).toBe(201);
      acknowledged.push((reply.body as { id: string }).id);
    }
    return { client, acknowledged, disk, server };
  }

  async function expectAllAcknowledgedAfterRestart(acknowledged: string[]) {
    await server!.stop();
    server = await spawnServer({ DATA_DIR: disk!.path });
    const client = createClient(server.url);
    await client.login();
    const stored = ((await client.get('/api/families')).body as { id: string }[]).map((f) => f.id);
    expect(stored.sort()).toEqual([...acknowledged].sort());
  }

  it('refuses writes with 503 while the disk is full, keeps what it acknowledged, and resumes when space returns', async () => {
    const { client, acknowledged, disk, server } = await startOnScratchDisk();
    const editor = createClient(server.url);
    await editor.login('redaktoer');
    const filler = await fillDisk(disk.path);
    await expectWritesRefused(server.url, client);
    // A draft of a definition (kept in system.json) is refused too, and a refused save is not visible later.
    const form = { kind: 'form', formatVersion: 1, id: 'disk-full', version: 1, title: { da: 'X', en: 'X' } };
    const draft = await editor.request(
      'PUT',
      '/api/definition-drafts/form/disk-full',
      { content: form },
      {
        'If-Match': '"0"',
      },
    );
    expect(draft.status).toBe(503);
    expect((await editor.get('/api/definition-drafts/form/disk-full')).status).toBe(404);

    await rm(filler);
    await waitUntilReady(server.url);
    const resumed = await client.post('/api/families', newFamily(4));
    expect(resumed.status).toBe(201);
    acknowledged.push((resumed.body as { id: string }).id);
    await expectAllAcknowledgedAfterRestart(acknowledged);
  });

  it('refuses writes with 503 while the disk is read-only and resumes when it is writable again', async () => {
    const { client, acknowledged, disk, server } = await startOnScratchDisk();
    disk.readOnly(true);
    await expectWritesRefused(server.url, client);

    disk.readOnly(false);
    await waitUntilReady(server.url);
    const resumed = await client.post('/api/families', newFamily(5));
    expect(resumed.status).toBe(201);
    acknowledged.push((resumed.body as { id: string }).id);
    await expectAllAcknowledgedAfterRestart(acknowledged);
  });
});

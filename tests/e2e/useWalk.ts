import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../server/startServer';
import { launchBrowser } from './browser';
import { copyWorkflowDefinitions } from './copyWorkflowDefinitions';
import { createWorker, type Worker } from './createWorker';

const DAY_MS = 86_400_000;

export interface WalkOptions {
  /** The workflow file the walk is about; the workflows it starts and all their forms come along. */
  workflowFile: string;
  /** Changes the walk's copy of the definitions before the server reads them (e.g. adds a newer form version). */
  prepareDefinitions?: (definitionsDir: string) => Promise<void>;
}

export interface Walk {
  readonly page: Page;
  readonly server: RunningServer;
  /** The health visitor at the tablet: log in, register, fill in, send events, check accessibility. */
  readonly worker: Worker;
  /** The server's clock (a fake one: it moves only when the test moves it). */
  now(): Date;
  /** Moves the server's clock ahead and runs one scheduler round; returns how many due events it sent. */
  advanceDays(days: number): Promise<number>;
}

/**
 * A browser walk's fixture: a fresh store with just the definitions the walk is about, the real server
 * in-process on a free port with a fake clock and no scheduler timer, and headless Chromium sized like a
 * tablet held upright (the narrowest width the app is made for). Registers its own beforeAll/afterAll.
 */
export function useWalk(options: WalkOptions): Walk {
  let dataDir: string | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let worker: Worker | undefined;
  let clock = new Date();

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'forloeb-e2e-'));
    const definitionsDir = join(dataDir, 'definitions');
    await copyWorkflowDefinitions(options.workflowFile, definitionsDir);
    await options.prepareDefinitions?.(definitionsDir);
    server = await startServer({
      port: 0,
      dataDir: join(dataDir, 'data'),
      definitionsDir,
      now: () => clock,
      schedulerIntervalMs: 0,
    });
    browser = await launchBrowser();
    // axe needs an explicit context.
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    worker = createWorker(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`The walk's ${name} is used before beforeAll ran`);
    return value;
  };
  return {
    get page() {
      return ready(page, 'page');
    },
    get server() {
      return ready(server, 'server');
    },
    get worker() {
      return ready(worker, 'worker');
    },
    now: () => clock,
    async advanceDays(days) {
      clock = new Date(clock.getTime() + days * DAY_MS);
      return ready(server, 'server').scheduler.tick();
    },
  };
}

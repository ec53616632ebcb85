import { buildServer } from '../../server/buildServer';

/** vitest globalSetup: the fault tests run the bundled server as a separate process they can kill. */
export default async function setup(): Promise<void> {
  await buildServer();
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FamilyAggregate } from '../../server/storage/types';
import {
  createClient,
  createPregnantFamily,
  startD1,
  startTestServer,
  validExample,
} from '../api/startTestServer';

/**
 * One real family, made through the API: a D1 pathway in its course with the child born, so the ADBB and
 * the 3-month visit are due. The benchmark stores copies of it with fresh ids.
 */
export async function makeTemplateFamily(): Promise<{ aggregate: FamilyAggregate; pathwayId: string }> {
  const server = await startTestServer({ schedulerIntervalMs: 0 });
  try {
    const client = createClient(server.url);
    await client.login();
    const { family, child } = await createPregnantFamily(client, '2027-03-01');
    const pathway = await startD1(client, family.id, child.id);
    for (const formId of ['F01-family-registration', 'F03-offer-response', 'F02-consent']) {
      await client.post(`/api/pathways/${pathway.id}/submissions`, {
        formId,
        data: await validExample(formId),
      });
    }
    await client.post(`/api/families/${family.id}/members/${child.id}/birth`, { birthDate: '2026-11-10' });
    return { aggregate: (await server.storage.getFamily(family.id))!, pathwayId: pathway.id };
  } finally {
    await server.dispose();
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Copies of the template with every id replaced (ids are UUIDs, unique strings), and a responsible worker. */
export function* copyFamilies(
  template: FamilyAggregate,
  count: number,
  responsibleId: string,
): Generator<FamilyAggregate> {
  const json = JSON.stringify({ ...template, family: { ...template.family, responsibleId } });
  const ids = [...new Set(json.match(UUID) ?? [])].filter((id) => id !== responsibleId);
  for (let n = 0; n < count; n++) {
    let copy = json;
    for (const id of ids) copy = copy.replaceAll(id, `${id.slice(0, 24)}${n.toString(16).padStart(12, '0')}`);
    const aggregate = JSON.parse(copy) as FamilyAggregate;
    aggregate.family.name = `Familien Bench ${n}`;
    yield aggregate;
  }
}

export async function tempDir(prefix: string): Promise<{ path: string; dispose(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, dispose: () => rm(path, { recursive: true, force: true }) };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, startTestServer, type Client, type TestServer } from './startTestServer';

let server: TestServer;
let client: Client;
beforeAll(async () => {
  server = await startTestServer({ definitionsDir: 'tests/fixtures/subpathways', schedulerIntervalMs: 0 });
  client = createClient(server.url);
  await client.login();
});
afterAll(() => server.dispose());

async function familyOnParent() {
  const family = (
    await client.post('/api/families', {
      members: [{ role: 'child', name: 'Barn', birthDate: '2026-01-01' }],
    })
  ).body;
  const parent = (
    await client.post(`/api/families/${family.id}/pathways`, {
      workflowId: 'test.parent',
      childId: family.members[0].id,
    })
  ).body;
  return { family, parent };
}

const pathwaysOf = async (familyId: string) =>
  (await client.get(`/api/families/${familyId}`)).body.pathways as {
    id: string;
    parentId?: string;
    workflow: { id: string };
    status: string;
    steps: { state: string }[];
  }[];

describe('sub-pathways', () => {
  it('are started by a step for the same child, linked to their parent, with parameters passed on', async () => {
    const { family, parent } = await familyOnParent();
    await client.post(`/api/pathways/${parent.id}/submissions`, {
      formId: 'T-note',
      data: { outcome: 'done' },
    });
    const pathways = await pathwaysOf(family.id);
    const child = pathways.find((p) => p.workflow.id === 'test.child')!;
    expect(child).toMatchObject({ parentId: parent.id, status: 'active', steps: [{ state: 'work' }] });
    const stored = (await server.storage.getFamily(family.id))!.pathways[child.id]!;
    expect(stored.snapshot.context.params).toEqual({ label: 'videregivet' });
    expect(pathways.find((p) => p.id === parent.id)?.steps.map((s) => s.state)).toEqual(['waiting']);
  });

  it('tell their parent how they ended, in the same write as their last step', async () => {
    const { family, parent } = await familyOnParent();
    await client.post(`/api/pathways/${parent.id}/submissions`, {
      formId: 'T-note',
      data: { outcome: 'done' },
    });
    const child = (await pathwaysOf(family.id)).find((p) => p.workflow.id === 'test.child')!;
    const reply = await client.post(`/api/pathways/${child.id}/submissions`, {
      formId: 'T-note',
      data: { outcome: 'done' },
    });
    expect(reply.body.pathway).toMatchObject({ status: 'done', finalState: { state: 'completed' } });
    expect((await client.get(`/api/pathways/${parent.id}`)).body).toMatchObject({
      status: 'done',
      finalState: { state: 'done' },
    });
    const history = (await server.storage.getFamily(family.id))!.pathways[parent.id]!.history.map(
      (h) => h.event,
    );
    expect(history.at(-1)).toMatchObject({
      type: 'PATHWAY_DONE',
      workflow: 'test.child',
      finalState: 'completed',
      pathwayId: child.id,
    });
  });

  it('send a parent back to its step when they end otherwise, so it asks for its form again', async () => {
    const { family, parent } = await familyOnParent();
    await client.post(`/api/pathways/${parent.id}/submissions`, {
      formId: 'T-note',
      data: { outcome: 'done' },
    });
    const child = (await pathwaysOf(family.id)).find((p) => p.workflow.id === 'test.child')!;
    await client.post(`/api/pathways/${child.id}/submissions`, {
      formId: 'T-note',
      data: { outcome: 'stopped' },
    });
    const view = (await client.get(`/api/pathways/${parent.id}`)).body;
    expect(view.steps.map((s: { state: string }) => s.state)).toEqual(['start']);
    expect(view.formsDue.map((f: { formId: string }) => f.formId)).toEqual(['T-note']);
  });
});

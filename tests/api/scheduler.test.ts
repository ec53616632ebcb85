import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOffset } from '../../runtime';
import { startServer, type RunningServer } from '../../server/startServer';
import { createClient, startTestServer, type TestServer } from './startTestServer';

const definitionsDir = 'tests/fixtures/scheduler';
const FAMILIES = 500;

/** A fake clock the server reads; the test moves it. */
let clock = new Date('2027-01-01T08:00:00Z');
const now = () => clock;

let first: TestServer;

beforeAll(async () => {
  first = await startTestServer({ definitionsDir, now, schedulerIntervalMs: 0 });
});
afterAll(() => first.dispose());

describe('the scheduler', () => {
  it('sends every due event exactly once to 500 pathways over months, across restarts and a clock that goes back', async () => {
    const client = createClient(first.url);
    await client.login();
    const births: Record<string, string> = {};
    for (let i = 0; i < FAMILIES; i++) {
      const birthDate = addOffset('2026-11-01', { days: i % 60 });
      const family = (
        await client.post('/api/families', { members: [{ role: 'child', name: `Barn ${i}`, birthDate }] })
      ).body;
      const pathway = (
        await client.post(`/api/families/${family.id}/pathways`, {
          workflowId: 'test.monthly',
          childId: family.members[0].id,
        })
      ).body;
      births[pathway.id] = birthDate;
    }
    await first.close();

    let server: RunningServer = await startServer({
      port: 0,
      dataDir: first.dataDir,
      definitionsDir,
      now,
      schedulerIntervalMs: 0,
    });
    const fired: number[] = [];
    for (let day = 0; day <= 300; day += 5) {
      clock = new Date(Date.parse('2027-01-01T08:00:00Z') + day * 86_400_000);
      fired.push(await server.scheduler.tick());
      if (day % 50 === 0) {
        await server.close();
        server = await startServer({
          port: 0,
          dataDir: first.dataDir,
          definitionsDir,
          now,
          schedulerIntervalMs: 0,
        });
      }
      if (day === 150) {
        clock = new Date('2027-02-01T08:00:00Z'); // the clock goes back: nothing may fire again
        expect(await server.scheduler.tick()).toBe(0);
      }
    }
    // A second pass at the end, and a tick racing another tick, find nothing left.
    expect(await Promise.all([server.scheduler.tick(), server.scheduler.tick()])).toEqual([0, 0]);

    const total = fired.reduce((a, b) => a + b, 0);
    expect(total).toBe(FAMILIES * 6);
    for (const familyId of (await server.storage.listFamilies()).map((f) => f.id)) {
      const aggregate = (await server.storage.getFamily(familyId))!;
      for (const instance of Object.values(aggregate.pathways)) {
        const events = instance.history.filter((h) => h.event.type === 'MONTH_REACHED');
        expect(events).toHaveLength(6);
        expect(instance.snapshot.status).toBe('done');
        expect(instance.snapshot.context.counters).toEqual({ months: 6 });
        // Each fired on or after its due date: month i after birth.
        events.forEach((h, i) =>
          expect(h.event.dueDate).toBe(addOffset(births[instance.id]!, { months: i + 1 })),
        );
        events.forEach((h) => expect(h.at.slice(0, 10) >= String(h.event.dueDate)).toBe(true));
      }
    }
    await server.close();
  }, 300_000);
});

import { describe, expect, it } from 'vitest';
import { RevisionConflictError, type FamilyAggregate, type StorageAdapter } from '../../server/storage/types';
import { adapterKinds, useOpenAdapter } from './storageAdapters';

/** A family aggregate with one active pathway due on `dueDate`. */
function aggregate(
  id: string,
  dueDate = '2027-02-01',
  options: { responsibleId?: string; event?: string } = {},
): FamilyAggregate {
  const pathwayId = `${id}-p1`;
  return {
    family: {
      id,
      name: `Familien ${id}`,
      members: [{ id: `${id}-c`, role: 'child', name: 'Barn', birthDate: '2026-11-01' }],
      createdAt: `2026-11-${id.length.toString().padStart(2, '0')}T10:00:00.000Z`,
      createdBy: 'u1',
      responsibleId: options.responsibleId ?? 'u1',
      team: 'team-a',
    },
    pathways: {
      [pathwayId]: {
        id: pathwayId,
        familyId: id,
        childId: `${id}-c`,
        workflow: { id: 'ishoej.d1', version: 1, hash: 'h' },
        forms: {},
        startFacts: { child: { birthDate: '2026-11-01' } },
        snapshot: {
          status: 'active',
          value: { course: 'visit3m' },
          context: {
            params: {},
            facts: { child: {} },
            answers: {},
            progress: { 'course.visit3m': { enteredAt: '2026-11-05T00:00:00.000Z', submitted: {} } },
          },
        },
        due: [
          {
            state: 'course.visit3m',
            title: { da: '3 mdr.', en: '3 m' },
            dueDate,
            windowStart: dueDate,
            windowEnd: dueDate,
            forms: [],
            ...(options.event ? { event: options.event } : {}),
          },
        ],
        flags: [],
        history: [],
        fired: [],
        startedAt: '2026-11-05T00:00:00.000Z',
        startedBy: 'u1',
        updatedAt: '2026-11-05T00:00:00.000Z',
        version: 1,
      },
    },
    submissions: {
      [`${id}-s1`]: {
        id: `${id}-s1`,
        pathwayId,
        familyId: id,
        formId: 'F05-visit',
        formVersion: 1,
        formHash: 'h',
        state: 'x',
        data: { a: 1 },
        computed: {},
        submittedAt: '2026-11-05T00:00:00.000Z',
        submittedBy: 'u1',
      },
    },
    timeline: [],
    revision: 1,
    idempotency: {},
  };
}

describe.each(adapterKinds)('the $name storage adapter', ({ createHome }) => {
  let storage: StorageAdapter;
  const { reopen } = useOpenAdapter(createHome, (opened) => (storage = opened));

  it('stores a new family and finds it again by id, pathway and submission, also after a reopen', async () => {
    await storage.saveFamily(aggregate('fam-a'));
    await reopen();
    expect((await storage.getFamily('fam-a'))?.family.name).toBe('Familien fam-a');
    expect(await storage.findFamilyOfPathway('fam-a-p1')).toBe('fam-a');
    expect(await storage.findFamilyOfSubmission('fam-a-s1')).toBe('fam-a');
    expect(await storage.getFamily('nope')).toBeUndefined();
    expect(await storage.findFamilyOfPathway('nope')).toBeUndefined();
    expect((await storage.listFamilies()).map((f) => f.id)).toEqual(['fam-a']);
  });

  it('refuses a write based on a stale revision, and a second family with the same id', async () => {
    await storage.saveFamily(aggregate('fam-b'));
    const next = { ...aggregate('fam-b'), revision: 2 };
    await storage.saveFamily(next);
    await expect(storage.saveFamily({ ...aggregate('fam-b'), revision: 2 })).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
    await expect(storage.saveFamily(aggregate('fam-b'))).rejects.toBeInstanceOf(RevisionConflictError);
    expect((await storage.getFamily('fam-b'))?.revision).toBe(2);
  });

  it('imports many families at once, each at revision 1, and refuses one that is already stored', async () => {
    await storage.importFamilies([{ ...aggregate('imp-1'), revision: 7 }, aggregate('imp-2', '2027-01-01')]);
    await reopen();
    expect((await storage.getFamily('imp-1'))?.revision).toBe(1);
    expect((await storage.listDue({})).map((r) => r.familyId)).toEqual(['imp-2', 'imp-1']);
    await expect(storage.importFamilies([aggregate('imp-1')])).rejects.toBeInstanceOf(RevisionConflictError);
  });

  it('returns copies: changing what it returned changes nothing stored', async () => {
    await storage.saveFamily(aggregate('fam-c'));
    const read = (await storage.getFamily('fam-c'))!;
    read.family.name = 'changed';
    expect((await storage.getFamily('fam-c'))?.family.name).toBe('Familien fam-c');
  });

  it('lists due rows by date, filtered by worker, team, date and pending event, and replaces them on save', async () => {
    await storage.saveFamily(aggregate('fam-1', '2027-03-01', { responsibleId: 'u1' }));
    await storage.saveFamily(aggregate('fam-2', '2027-01-01', { responsibleId: 'u2', event: 'TIMEOUT' }));
    await storage.saveFamily(aggregate('fam-3', '2027-02-01', { responsibleId: 'u1' }));
    expect((await storage.listDue({})).map((r) => r.familyId)).toEqual(['fam-2', 'fam-3', 'fam-1']);
    expect((await storage.listDue({ responsibleId: 'u1' })).map((r) => r.familyId)).toEqual([
      'fam-3',
      'fam-1',
    ]);
    expect((await storage.listDue({ until: '2027-02-01' })).map((r) => r.familyId)).toEqual([
      'fam-2',
      'fam-3',
    ]);
    expect((await storage.listDue({ withEvent: true })).map((r) => r.event)).toEqual(['TIMEOUT']);
    expect(await storage.listDue({ team: 'other' })).toEqual([]);
    expect((await storage.listDue({ limit: 1 })).map((r) => r.familyId)).toEqual(['fam-2']);

    const moved = aggregate('fam-2', '2027-05-01', { responsibleId: 'u2' });
    await storage.saveFamily({ ...moved, revision: 2 });
    await reopen();
    expect((await storage.listDue({})).map((r) => `${r.familyId} ${r.dueDate}`)).toEqual([
      'fam-3 2027-02-01',
      'fam-1 2027-03-01',
      'fam-2 2027-05-01',
    ]);
    expect(await storage.listDue({ withEvent: true })).toEqual([]);
  });

  it('keeps drafts per pathway, form and user with a version, refusing a stale save', async () => {
    const draft = {
      pathwayId: 'p1',
      formId: 'F05-visit',
      userId: 'u1',
      familyId: 'f',
      data: { note: 'a' },
      savedAt: '2027-01-01T00:00:00.000Z',
      version: 1,
    };
    await storage.putDraft(draft);
    await storage.putDraft({ ...draft, data: { note: 'ab' }, version: 2 });
    await expect(storage.putDraft({ ...draft, data: { note: 'stale' }, version: 2 })).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
    await reopen();
    expect(await storage.getDraft('p1', 'F05-visit', 'u1')).toMatchObject({
      data: { note: 'ab' },
      version: 2,
    });
    expect(await storage.getDraft('p1', 'F05-visit', 'u2')).toBeUndefined();
    await storage.deleteDrafts('p1', 'F05-visit');
    expect(await storage.getDraft('p1', 'F05-visit', 'u1')).toBeUndefined();
  });

  it('keeps lock-out counters by key, replaces and removes them, and forgets expired ones', async () => {
    const record = (key: string, failedLogins: number, expiresAt: string) => ({
      key,
      failedLogins,
      expiresAt,
    });
    await storage.putLoginFailures(
      'a',
      record('a', 1, '2027-01-01T00:15:00.000Z'),
      '2027-01-01T00:00:00.000Z',
    );
    await storage.putLoginFailures(
      'b',
      record('b', 1, '2027-01-01T00:20:00.000Z'),
      '2027-01-01T00:05:00.000Z',
    );
    await storage.putLoginFailures(
      'a',
      record('a', 2, '2027-01-01T00:25:00.000Z'),
      '2027-01-01T00:10:00.000Z',
    );
    await reopen();
    expect(await storage.getLoginFailures('a')).toEqual(record('a', 2, '2027-01-01T00:25:00.000Z'));
    // Writing at 00:22 forgets b (expired 00:20); writing null removes the key itself.
    await storage.putLoginFailures(
      'c',
      record('c', 1, '2027-01-01T00:37:00.000Z'),
      '2027-01-01T00:22:00.000Z',
    );
    expect(await storage.getLoginFailures('b')).toBeUndefined();
    await storage.putLoginFailures('a', null, '2027-01-01T00:22:00.000Z');
    expect(await storage.getLoginFailures('a')).toBeUndefined();
    expect(await storage.getLoginFailures('c')).toMatchObject({ failedLogins: 1 });
  });

  it('keeps users, sessions and definitions; a definition version is stored once', async () => {
    await storage.putUser({
      id: 'u1',
      username: 'hanne',
      name: 'Hanne',
      roles: ['sundhedsplejerske'],
      team: 't',
      passwordHash: 'x',
    });
    await storage.putSession({ id: 's1', userId: 'u1', createdAt: '2027-01-01T00:00:00.000Z' });
    const definition = {
      kind: 'form' as const,
      id: 'F1',
      version: 1,
      hash: 'abc',
      content: { a: [1, 2] },
      addedAt: '2027-01-01T00:00:00.000Z',
    };
    await storage.putDefinition(definition);
    await expect(storage.putDefinition(definition)).rejects.toThrow(/already stored/);
    await reopen();
    expect((await storage.listUsers()).map((u) => u.username)).toEqual(['hanne']);
    expect(await storage.getUser('u1')).toMatchObject({ username: 'hanne', team: 't' });
    expect(await storage.getUser('nobody')).toBeUndefined();
    expect(await storage.getSession('s1')).toMatchObject({ userId: 'u1' });
    expect(await storage.listDefinitions()).toEqual([definition]);
    await storage.deleteSession('s1');
    expect(await storage.getSession('s1')).toBeUndefined();
  });
});

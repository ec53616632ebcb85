import { describe, expect, it } from 'vitest';
import {
  DefinitionDraftConflictError,
  type DefinitionHistoryEntry,
  type StorageAdapter,
  type StoredDefinition,
  type StoredDefinitionDraft,
} from '../../server/storage/types';
import { adapterKinds, useOpenAdapter } from './storageAdapters';

const by = { id: 'u-editor', name: 'Rie Redaktør' };

function draft(revision: number, title = 'Skema'): StoredDefinitionDraft {
  return {
    kind: 'form',
    id: 'X01',
    revision,
    status: 'draft',
    baseVersion: null,
    content: { kind: 'form', id: 'X01', title: { da: title, en: title } },
    scenarios: [],
    updatedAt: '2027-01-01T10:00:00.000Z',
    updatedBy: by,
    approvals: [],
  };
}
const entry = (action: DefinitionHistoryEntry['action'], extra: Partial<DefinitionHistoryEntry> = {}) => ({
  kind: 'form' as const,
  id: 'X01',
  action,
  at: '2027-01-01T10:00:00.000Z',
  by,
  comment: `${action} fordi`,
  ...extra,
});
const version = (n: number, extra: Partial<StoredDefinition> = {}): StoredDefinition => ({
  kind: 'form',
  id: 'X01',
  version: n,
  hash: `h${n}`,
  content: { kind: 'form', id: 'X01', version: n },
  addedAt: '2027-01-01T10:00:00.000Z',
  ...extra,
});

describe.each(adapterKinds)('definition drafts and lifecycle in the $name adapter', ({ createHome }) => {
  let storage: StorageAdapter;
  const { reopen } = useOpenAdapter(createHome, (opened) => (storage = opened));

  it('writes drafts with optimistic concurrency, durable across a reopen', async () => {
    expect(await storage.getDefinitionDraft('form', 'X01')).toBeUndefined();
    await storage.putDefinitionDraft(draft(1), entry('created'));
    await storage.putDefinitionDraft(draft(2, 'Skema 2'));
    await expect(storage.putDefinitionDraft(draft(2, 'Andet'))).rejects.toBeInstanceOf(
      DefinitionDraftConflictError,
    );
    await expect(storage.putDefinitionDraft(draft(1))).rejects.toBeInstanceOf(DefinitionDraftConflictError);
    await reopen();
    expect(await storage.getDefinitionDraft('form', 'X01')).toEqual(draft(2, 'Skema 2'));
    expect(await storage.listDefinitionDrafts()).toHaveLength(1);
    expect(await storage.listDefinitionDrafts('workflow')).toEqual([]);
    expect(await storage.listDefinitionHistory('form', 'X01')).toEqual([entry('created')]);
  });

  it('a refused write leaves the history as it was', async () => {
    await storage.putDefinitionDraft(draft(1));
    await expect(storage.putDefinitionDraft(draft(1), entry('created'))).rejects.toBeInstanceOf(
      DefinitionDraftConflictError,
    );
    await expect(storage.deleteDefinitionDraft('form', 'X01', 5, entry('discarded'))).rejects.toBeInstanceOf(
      DefinitionDraftConflictError,
    );
    expect(await storage.listDefinitionHistory('form', 'X01')).toEqual([]);
    await storage.deleteDefinitionDraft('form', 'X01', 1, entry('discarded'));
    expect(await storage.getDefinitionDraft('form', 'X01')).toBeUndefined();
    expect((await storage.listDefinitionHistory('form', 'X01')).map((e) => e.action)).toEqual(['discarded']);
  });

  it('publishes a version, its history entry and the end of the draft as one write; never twice', async () => {
    await storage.putDefinition(version(1));
    await storage.putDefinitionDraft(draft(1));
    const scenarios = [{ id: 's1', name: 'Scenarie' }];
    await expect(
      storage.publishDefinition(version(2, { scenarios }), entry('published'), 7),
    ).rejects.toBeInstanceOf(DefinitionDraftConflictError);
    expect((await storage.listDefinitions()).map((d) => d.version)).toEqual([1]);
    await storage.publishDefinition(version(2, { scenarios }), entry('published', { version: 2 }), 1);
    await expect(storage.publishDefinition(version(2), entry('published'))).rejects.toThrow('already stored');
    await reopen();
    const stored = await storage.listDefinitions();
    expect(stored.map((d) => d.version)).toEqual([1, 2]);
    expect(stored[1]).toMatchObject({ scenarios });
    expect(await storage.getDefinitionDraft('form', 'X01')).toBeUndefined();
    expect((await storage.listDefinitionHistory('form', 'X01')).map((e) => e.action)).toEqual(['published']);
  });

  it('retires a version without changing its content, and the stamp says so', async () => {
    await storage.putDefinition(version(1));
    const before = await storage.getDefinitionsStamp();
    await storage.retireDefinition('form', 'X01', 1, entry('retired', { version: 1 }));
    const after = await storage.getDefinitionsStamp();
    expect(after).not.toBe(before);
    await expect(storage.retireDefinition('form', 'X01', 9, entry('retired'))).rejects.toThrow('not stored');
    await reopen();
    const [stored] = await storage.listDefinitions();
    expect(stored).toMatchObject({
      version: 1,
      content: version(1).content,
      retiredAt: '2027-01-01T10:00:00.000Z',
    });
    expect(await storage.getDefinitionsStamp()).toBe(after);
    await storage.publishDefinition(version(2), entry('published'));
    expect(await storage.getDefinitionsStamp()).not.toBe(after);
  });

  it('keeps the history of each definition apart and in order', async () => {
    await storage.appendDefinitionHistory(entry('seeded', { version: 1 }));
    await storage.appendDefinitionHistory({ ...entry('seeded'), id: 'X02' });
    await storage.appendDefinitionHistory(entry('retired', { version: 1 }));
    expect((await storage.listDefinitionHistory('form', 'X01')).map((e) => e.action)).toEqual([
      'seeded',
      'retired',
    ]);
    expect(await storage.listDefinitionHistory('workflow', 'X01')).toEqual([]);
  });
});

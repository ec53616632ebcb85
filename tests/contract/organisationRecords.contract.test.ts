import { describe, expect, it } from 'vitest';
import type { OrganisationRecord, StorageAdapter } from '../../server/storage/types';
import { adapterKinds, useOpenAdapter } from './storageAdapters';

const record = (id: string, formId: string, team: string, submittedAt: string): OrganisationRecord => ({
  id,
  formId,
  formVersion: 2,
  data: { surveyYear: 2026 },
  computed: {},
  submittedAt,
  submittedBy: 'u1',
  team,
});

const ID = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

describe.each(adapterKinds)('organisation records in the $name store', ({ createHome }) => {
  let storage: StorageAdapter;
  const { reopen } = useOpenAdapter(createHome, (opened) => (storage = opened));

  it('keeps records across a restart, newest first, narrowed by form and team', async () => {
    await storage.putOrganisationRecord(record(ID(1), 'F33-staff-survey', 'a', '2026-11-01T10:00:00.000Z'));
    await storage.putOrganisationRecord(
      record(ID(2), 'F32-parent-panel-feedback', 'a', '2026-11-02T10:00:00.000Z'),
    );
    await storage.putOrganisationRecord(record(ID(3), 'F33-staff-survey', 'b', '2026-11-03T10:00:00.000Z'));
    await reopen();

    expect((await storage.listOrganisationRecords()).map((r) => r.id)).toEqual([ID(3), ID(2), ID(1)]);
    expect((await storage.listOrganisationRecords({ formId: 'F33-staff-survey' })).map((r) => r.id)).toEqual([
      ID(3),
      ID(1),
    ]);
    expect((await storage.listOrganisationRecords({ team: 'a' })).map((r) => r.id)).toEqual([ID(2), ID(1)]);
    expect(await storage.listOrganisationRecords({ formId: 'F33-staff-survey', team: 'b' })).toEqual([
      record(ID(3), 'F33-staff-survey', 'b', '2026-11-03T10:00:00.000Z'),
    ]);
  });

  it('refuses to store a second record with the same id (records are never changed)', async () => {
    await storage.putOrganisationRecord(record(ID(4), 'F33-staff-survey', 'a', '2026-11-01T10:00:00.000Z'));
    const again = record(ID(4), 'F33-staff-survey', 'a', '2026-11-05T10:00:00.000Z');
    await expect(storage.putOrganisationRecord(again)).rejects.toThrow();
    expect((await storage.listOrganisationRecords())[0]?.submittedAt).toBe('2026-11-01T10:00:00.000Z');
  });
});

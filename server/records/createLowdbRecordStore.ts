import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DurableJsonFile } from '../storage/DurableJsonFile';
import type { OrganisationRecord, StorageAdapter } from '../storage/types';

type RecordPort = Pick<StorageAdapter, 'putOrganisationRecord' | 'listOrganisationRecords'>;

const RECORD_FILE = /^([0-9a-f-]{36})\.json$/;

/**
 * Organisation records in the embedded store: one file per record (written once, durably), read into
 * memory on first use — they are few (a survey a year, a panel a quarter), so a list reads no files.
 */
export function createLowdbRecordStore(dataDir: string): RecordPort {
  const dir = join(dataDir, 'records');
  let loaded: Promise<OrganisationRecord[]> | undefined;
  const load = () =>
    (loaded ??= (async () => {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const names = (await readdir(dir)).filter((name) => RECORD_FILE.test(name));
      const records = await Promise.all(
        names.map((name) => new DurableJsonFile<OrganisationRecord>(join(dir, name)).read()),
      );
      return records.filter((r): r is OrganisationRecord => r !== null);
    })());
  return {
    async putOrganisationRecord(record) {
      const records = await load();
      if (!RECORD_FILE.test(`${record.id}.json`)) throw new Error(`Invalid record id: ${record.id}`);
      if (records.some((r) => r.id === record.id)) throw new Error(`Record ${record.id} is already stored`);
      await new DurableJsonFile<OrganisationRecord>(join(dir, `${record.id}.json`)).write(record);
      records.push(structuredClone(record));
    },
    async listOrganisationRecords(filter = {}) {
      return structuredClone(
        (await load())
          .filter(
            (r) =>
              (filter.formId === undefined || r.formId === filter.formId) &&
              (filter.team === undefined || r.team === filter.team),
          )
          .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)),
      );
    },
  };
}

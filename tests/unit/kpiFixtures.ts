import { join } from 'node:path';
import { DefinitionError } from '../../runtime';
import type { KpiDefinition } from '../../runtime/reporting';
import { createKpiCatalogue, type ProgrammeInfo } from '../../server/reports/loadKpiCatalogue';
import { DEFINITIONS_DIR, loadSeedLibrary, readJson } from './loadSeedLibrary';

/** The seed KPI `id` as stored (`definitions/kpis/<id>.json`), a fresh copy each call. */
export const readKpi = (id: string) => readJson(join(DEFINITIONS_DIR, 'kpis', `${id}.json`)) as KpiDefinition;

export const seedLibrary = loadSeedLibrary();

export const seedProgrammes = (
  readJson(join(DEFINITIONS_DIR, 'kpis', 'programmes.json')) as { programmes: Record<string, ProgrammeInfo> }
).programmes;

/** What the catalogue says of one KPI file against the seed library: `path: message` per problem, none if fine. */
export function kpiIssuesOf(content: unknown): string[] {
  try {
    createKpiCatalogue([{ source: 'kpis/test.json', content }], seedLibrary, seedProgrammes);
    return [];
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    return error.issues.map((i) => `${i.path}: ${i.message}`);
  }
}

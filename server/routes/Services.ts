import type { AccessLog } from '../audit/createAccessLog';
import type { Sessions } from '../auth/sessions';
import type { DefinitionCatalog } from '../definitions/createDefinitionCatalog';
import type { FamilyService } from '../services/createFamilyService';
import type { PathwayService } from '../services/createPathwayService';
import type { RecordService } from '../services/createRecordService';
import type { WorklistService } from '../services/createWorklistService';
import type { StorageAdapter } from '../storage/types';

/** What the routes are given: services and ports, nothing global. */
export interface Services {
  storage: StorageAdapter;
  sessions: Sessions;
  catalog: DefinitionCatalog;
  families: FamilyService;
  pathways: PathwayService;
  worklist: WorklistService;
  /** Forms filled outside any family. */
  records: RecordService;
  accessLog: AccessLog;
  now: () => Date;
}

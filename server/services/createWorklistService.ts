import { addOffset, toIsoDate, type LocalizedText } from '../../runtime';
import { canSeeFamily, type Viewer } from '../auth/familyAccess';
import type { DefinitionCatalog } from '../definitions/createDefinitionCatalog';
import type { DueQuery, DueRow, FamilySummary, StorageAdapter } from '../storage/types';

export type Bucket = 'overdue' | 'today' | 'week' | 'upcoming';

export interface WorkItem extends DueRow {
  bucket: Bucket;
  familyName: string;
  childName: string;
  workflowTitle: LocalizedText;
}

export interface WorklistQuery {
  scope: 'mine' | 'team';
  workflowId?: string;
  bucket?: Bucket;
  role?: string;
  district?: string;
}

/**
 * Which bucket a dated step is in, seen from `today`: overdue once its tolerance window has passed; due
 * today while today is between its date and the window's end; this week within 7 days; else upcoming.
 */
export function toBucket(row: Pick<DueRow, 'dueDate' | 'windowEnd'>, today: string): Bucket {
  if (row.windowEnd < today) return 'overdue';
  if (row.dueDate <= today) return 'today';
  if (row.dueDate <= addOffset(today, { days: 7 })) return 'week';
  return 'upcoming';
}

export function createWorklistService(storage: StorageAdapter, catalog: DefinitionCatalog, now: () => Date) {
  const titleOf = (row: DueRow): LocalizedText =>
    catalog.library.getWorkflow(row.workflowId, row.workflowVersion)?.definition.title ?? {
      da: row.workflowId,
      en: row.workflowId,
    };

  return {
    async list(user: Viewer, query: WorklistQuery): Promise<{ today: string; items: WorkItem[] }> {
      const today = toIsoDate(now());
      const dueQuery: DueQuery = query.scope === 'team' ? { team: user.team } : { responsibleId: user.id };
      if (query.workflowId) dueQuery.workflowId = query.workflowId;
      if (query.district) dueQuery.district = query.district;
      const rows = await storage.listDue(dueQuery);
      const ids = [...new Set(rows.map((r) => r.familyId))];
      const families = new Map<string, FamilySummary>(
        (await storage.listFamilies({ ids })).map((f) => [f.id, f]),
      );
      const items = rows
        // Team ids are per municipality, but the object rule is checked here too, not assumed.
        .filter((row) => {
          const family = families.get(row.familyId);
          return family !== undefined && canSeeFamily(user, family);
        })
        .map((row) => {
          const family = families.get(row.familyId);
          return {
            ...row,
            bucket: toBucket(row, today),
            familyName: family?.name ?? '',
            childName: family?.members.find((m) => m.id === row.childId)?.name ?? '',
            workflowTitle: titleOf(row),
          };
        })
        .filter(
          (item) =>
            (!query.bucket || item.bucket === query.bucket) &&
            (!query.role || item.roles.length === 0 || item.roles.includes(query.role)),
        );
      return { today, items };
    },

    /** The families a worker is responsible for, with their next due date. */
    async caseload(user: Viewer): Promise<(FamilySummary & { nextDue: string | null })[]> {
      const families = (await storage.listFamilies({ responsibleId: user.id })).filter((f) =>
        canSeeFamily(user, f),
      );
      const due = await storage.listDue({ responsibleId: user.id });
      const next = new Map<string, string>();
      for (const row of due) if (!next.has(row.familyId)) next.set(row.familyId, row.dueDate);
      return families.map((f) => ({ ...f, nextDue: next.get(f.id) ?? null }));
    },
  };
}

export type WorklistService = ReturnType<typeof createWorklistService>;

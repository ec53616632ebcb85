import type { DueQuery, DueRow, FamilyAggregate } from './types';

/**
 * Step titles and role lists repeat across thousands of families; sharing one object per distinct value
 * keeps the embedded store's in-memory worklist index small.
 */
const shared = new Map<string, unknown>();
export function intern<T>(value: T): T {
  const key = JSON.stringify(value);
  const found = shared.get(key) as T | undefined;
  if (found !== undefined) return found;
  shared.set(key, value);
  return value;
}

/** The worklist and scheduler rows of one family, derived from its aggregate; every adapter stores these. */
export function toDueRows(aggregate: FamilyAggregate): DueRow[] {
  const { family } = aggregate;
  const rows: DueRow[] = [];
  for (const instance of Object.values(aggregate.pathways)) {
    if (instance.snapshot.status !== 'active') continue;
    for (const item of instance.due) {
      if (!item.dueDate) continue;
      const enteredAt = instance.snapshot.context.progress[item.state]?.enteredAt ?? '';
      const pending = item.event && !instance.fired.includes(toFiredKey(item.state, enteredAt, item.event));
      rows.push({
        familyId: family.id,
        pathwayId: instance.id,
        childId: instance.childId,
        workflowId: intern(instance.workflow.id),
        workflowVersion: instance.workflow.version,
        state: intern(item.state),
        title: intern(item.title),
        dueDate: item.dueDate,
        windowStart: item.windowStart ?? item.dueDate,
        windowEnd: item.windowEnd ?? item.dueDate,
        ...(pending ? { event: item.event } : {}),
        roles: intern(item.roles ?? []),
        responsibleId: intern(family.responsibleId),
        team: intern(family.team),
        ...(family.district ? { district: family.district } : {}),
      });
    }
  }
  return rows;
}

export function toFiredKey(state: string, enteredAt: string, event: string): string {
  return `${state}|${enteredAt}|${event}`;
}

/** The in-memory filter the embedded adapter uses; PostgreSQL does the same in SQL. */
export function matchesDueQuery(row: DueRow, query: DueQuery): boolean {
  return (
    (query.responsibleId === undefined || row.responsibleId === query.responsibleId) &&
    (query.team === undefined || row.team === query.team) &&
    (query.district === undefined || row.district === query.district) &&
    (query.until === undefined || row.dueDate <= query.until) &&
    (query.workflowId === undefined || row.workflowId === query.workflowId) &&
    (!query.withEvent || row.event !== undefined)
  );
}

export function compareDueRows(a: DueRow, b: DueRow): number {
  return (
    a.dueDate.localeCompare(b.dueDate) ||
    a.familyId.localeCompare(b.familyId) ||
    a.state.localeCompare(b.state)
  );
}

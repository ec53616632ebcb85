import pg from 'pg';
import type { PathwayFact, ReportFacts, SubmissionFact } from '../../../runtime/reporting';
import { toReportFacts } from '../../reports/toReportFacts';
import type { FamilyAggregate, ReportFactsQuery } from '../types';

/**
 * One row of `report_facts`: a pathway and its submissions in force, as reporting reads them. Submissions
 * are stored short (no repeated pathway and family ids, short keys): 100,000 families are many bytes.
 */
interface FactRow {
  p: PathwayFact;
  s: StoredSubmission[];
}

interface StoredSubmission {
  id: string;
  f: string;
  v: number;
  st: string;
  d: Record<string, unknown>;
  c?: Record<string, unknown>;
  t: string;
}

function toStored(s: SubmissionFact): StoredSubmission {
  return {
    id: s.id,
    f: s.formId,
    v: s.formVersion,
    st: s.state,
    d: s.data,
    ...(Object.keys(s.computed).length > 0 ? { c: s.computed } : {}),
    t: s.submittedAt,
  };
}

function toSubmissionFact(s: StoredSubmission, p: PathwayFact): SubmissionFact {
  return {
    id: s.id,
    pathwayId: p.id,
    familyId: p.familyId,
    formId: s.f,
    formVersion: s.v,
    state: s.st,
    data: s.d,
    computed: s.c ?? {},
    submittedAt: s.t,
  };
}

/**
 * Rewrites a family's reporting rows in the caller's transaction (with the aggregate, like the worklist
 * rows), so reports never disagree with what is stored.
 */
export async function writeReportFacts(client: pg.PoolClient, aggregate: FamilyAggregate): Promise<void> {
  const familyId = aggregate.family.id;
  await client.query('DELETE FROM report_facts WHERE family_id = $1', [familyId]);
  const facts = toReportFacts(aggregate);
  if (facts.pathways.length === 0) return;
  const rows: FactRow[] = facts.pathways.map((p) => ({
    p,
    s: facts.submissions.filter((s) => s.pathwayId === p.id).map(toStored),
  }));
  await client.query(
    `INSERT INTO report_facts (pathway_id, family_id, workflow_id, fact)
     SELECT r->'p'->>'id', $1, r->'p'->>'workflowId', r FROM json_array_elements($2::json) AS r`,
    [familyId, JSON.stringify(rows)],
  );
}

/** Fills `report_facts` for families stored before the table existed: once, at the first open after the migration. */
export async function backfillReportFacts(
  transaction: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>,
  lockName: string,
): Promise<void> {
  await transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockName]);
    const { rows } = await client.query<{ backfilled: boolean }>('SELECT backfilled FROM report_facts_state');
    if (rows[0]?.backfilled !== false) return;
    let after = '';
    for (;;) {
      const batch = await client.query<{ id: string; data: FamilyAggregate }>(
        'SELECT id, data FROM families WHERE id > $1 ORDER BY id LIMIT 500',
        [after],
      );
      for (const row of batch.rows) await writeReportFacts(client, row.data);
      if (batch.rows.length < 500) break;
      after = batch.rows[batch.rows.length - 1]!.id;
    }
    await client.query('UPDATE report_facts_state SET backfilled = true');
  });
}

/** Parallel reads: the database converts one part while this process parses another. */
const PARTS = 4;

/**
 * Hands each row to `onRow` as it arrives. Collected first, 100,000 rows of text would live until the
 * last one came, long enough to be copied from the young generation into the old one: at 100,000 families
 * that copying cost more than parsing them.
 */
async function forEachRow<R extends pg.QueryResultRow>(
  pool: pg.Pool,
  text: string,
  values: unknown[],
  onRow: (row: R) => void,
): Promise<void> {
  const client = await pool.connect();
  let failed: Error | undefined;
  const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));
  try {
    await new Promise<void>((resolve, reject) => {
      const query = new pg.Query<R>({ text, values });
      query.on('row', (row: R) => {
        // Thrown here it would surface in the connection's data handler, not in this query.
        if (failed === undefined)
          try {
            onRow(row);
          } catch (error) {
            failed = asError(error);
          }
      });
      query.on('error', reject);
      query.on('end', () => (failed === undefined ? resolve() : reject(failed)));
      client.query(query);
    });
  } catch (error) {
    failed ??= asError(error);
    throw error;
  } finally {
    // A client whose query failed is discarded: it may be the dropped connection that failed it.
    client.release(failed);
  }
}

/** The reporting rows of the wanted workflows, from the compact `report_facts` table. Read-only. */
export async function listReportFacts(pool: pg.Pool, query: ReportFactsQuery): Promise<ReportFacts> {
  const forms = query.fields ? new Set(Object.keys(query.fields)) : undefined;
  const facts: ReportFacts = { pathways: [], submissions: [] };
  const read = (part: number) =>
    // As text: parsed once here, without pg's per-column conversion.
    forEachRow<{ fact: string }>(
      pool,
      `SELECT fact::text AS fact FROM report_facts
       WHERE workflow_id = ANY($1::text[]) AND (hashtext(pathway_id) & ${PARTS - 1}) = $2`,
      [query.workflowIds, part],
      ({ fact }) => {
        const row = JSON.parse(fact) as FactRow;
        facts.pathways.push(row.p);
        for (const s of row.s)
          if (!forms || forms.has(s.f)) facts.submissions.push(toSubmissionFact(s, row.p));
      },
    );
  await Promise.all(Array.from({ length: PARTS }, (_, part) => read(part)));
  return facts;
}

/**
 * Schema migrations, applied in order on start inside one transaction each; `schema_migrations` records
 * which ran. Never edit a released migration: add the next one.
 */
export const migrations: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE users (id text PRIMARY KEY, username text NOT NULL UNIQUE, data jsonb NOT NULL);
      CREATE TABLE definitions (
        kind text NOT NULL, id text NOT NULL, version integer NOT NULL, hash text NOT NULL,
        content jsonb NOT NULL, added_at timestamptz NOT NULL, PRIMARY KEY (kind, id, version));
      CREATE TABLE sessions (id text PRIMARY KEY, user_id text NOT NULL, created_at timestamptz NOT NULL);
      CREATE TABLE families (
        id text PRIMARY KEY, revision integer NOT NULL, created_at timestamptz NOT NULL,
        summary jsonb NOT NULL, data jsonb NOT NULL);
      CREATE INDEX families_created_at ON families (created_at DESC);
      CREATE INDEX families_responsible ON families ((summary->>'responsibleId'));
      CREATE TABLE pathway_index (pathway_id text PRIMARY KEY, family_id text NOT NULL REFERENCES families (id));
      CREATE TABLE submission_index (submission_id text PRIMARY KEY, family_id text NOT NULL REFERENCES families (id));
      CREATE TABLE due_rows (
        family_id text NOT NULL REFERENCES families (id), pathway_id text NOT NULL, state text NOT NULL,
        due_date date NOT NULL, event text, responsible_id text NOT NULL, team text NOT NULL, workflow_id text NOT NULL,
        row jsonb NOT NULL);
      CREATE INDEX due_rows_family ON due_rows (family_id);
      CREATE INDEX due_rows_due ON due_rows (due_date);
      CREATE INDEX due_rows_responsible ON due_rows (responsible_id, due_date);
      CREATE INDEX due_rows_team ON due_rows (team, due_date);
      CREATE INDEX due_rows_event ON due_rows (due_date) WHERE event IS NOT NULL;
      CREATE TABLE drafts (
        pathway_id text NOT NULL, form_id text NOT NULL, user_id text NOT NULL, version integer NOT NULL,
        data jsonb NOT NULL, PRIMARY KEY (pathway_id, form_id, user_id));
    `,
  },
  {
    // Definition drafts and lifecycle (versions-server).
    version: 2,
    sql: `
      ALTER TABLE definitions ADD COLUMN scenarios jsonb, ADD COLUMN retired_at timestamptz;
      CREATE TABLE definition_drafts (
        kind text NOT NULL, id text NOT NULL, revision integer NOT NULL, data jsonb NOT NULL,
        PRIMARY KEY (kind, id));
      CREATE TABLE definition_history (
        seq bigserial PRIMARY KEY, kind text NOT NULL, id text NOT NULL, entry jsonb NOT NULL);
      CREATE INDEX definition_history_definition ON definition_history (kind, id, seq);
    `,
  },
  {
    // Migration batches (versions-ui): a batch of instances moved to a new workflow version, with undo data.
    version: 3,
    sql: `
      CREATE TABLE migration_batches (
        id text PRIMARY KEY, workflow_id text NOT NULL, ran_at timestamptz NOT NULL, data jsonb NOT NULL);
      CREATE INDEX migration_batches_workflow ON migration_batches (workflow_id, ran_at DESC);
    `,
  },
  {
    // Organisation records: forms filled outside any family (staff survey, parent panel, activity registration).
    version: 4,
    sql: `
      CREATE TABLE organisation_records (
        id text PRIMARY KEY, form_id text NOT NULL, team text NOT NULL, submitted_at timestamptz NOT NULL,
        data jsonb NOT NULL);
      CREATE INDEX organisation_records_form ON organisation_records (form_id, submitted_at DESC);
    `,
  },
  {
    // Reporting rows (reports): one compact row per pathway, written with its family, so KPIs over 100,000
    // families read small rows instead of whole aggregates. Filled for existing families at the next open.
    version: 5,
    sql: `
      CREATE TABLE report_facts (
        pathway_id text PRIMARY KEY, family_id text NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        workflow_id text NOT NULL, fact jsonb NOT NULL);
      CREATE INDEX report_facts_workflow ON report_facts (workflow_id);
      CREATE INDEX report_facts_family ON report_facts (family_id);
      CREATE TABLE report_facts_state (backfilled boolean NOT NULL);
      INSERT INTO report_facts_state VALUES (false);
    `,
  },
  {
    // Lock-out counters per username hash (security): a failed login writes one, known username or not.
    version: 6,
    sql: `
      CREATE TABLE login_failures (key text PRIMARY KEY, data jsonb NOT NULL, expires_at timestamptz NOT NULL);
      CREATE INDEX login_failures_expires ON login_failures (expires_at);
    `,
  },
  {
    // Reporting rows as json (reports): read back as the text they were written, where jsonb was turned
    // into text again for every row of every dashboard (half a second of database time at 100,000 families).
    version: 7,
    sql: `ALTER TABLE report_facts ALTER COLUMN fact TYPE json USING fact::json;`,
  },
];

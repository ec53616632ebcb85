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
];

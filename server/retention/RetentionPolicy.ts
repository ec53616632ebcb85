import { readFile } from 'node:fs/promises';

/**
 * How long a family's data is kept after its last activity, in years, per workflow. The seeds state no
 * retention period for health-visitor records (domain.md: "The seeds say nothing about GDPR, retention
 * periods…"), so there is no built-in default: a municipality sets the periods its legal basis gives, and
 * until it does, nothing is deleted.
 */
export interface RetentionPolicy {
  /** Years for workflows not listed in `workflows`, and for families without pathways; null: keep. */
  defaultYears: number | null;
  workflows: Record<string, number>;
}

export const KEEP_EVERYTHING: RetentionPolicy = { defaultYears: null, workflows: {} };

/** Reads the policy from `FORLOEB_RETENTION_FILE` (JSON), on every run, so a change needs no restart. */
export async function loadRetentionPolicy(
  path = process.env.FORLOEB_RETENTION_FILE,
): Promise<RetentionPolicy> {
  if (!path) return KEEP_EVERYTHING;
  const raw = JSON.parse(await readFile(path, 'utf8')) as Partial<RetentionPolicy>;
  const years = (value: unknown, where: string) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 100)
      throw new Error(`Retention policy ${path}: ${where} must be a whole number of years (1–100)`);
    return value;
  };
  return {
    defaultYears: raw.defaultYears == null ? null : years(raw.defaultYears, 'defaultYears'),
    workflows: Object.fromEntries(
      Object.entries(raw.workflows ?? {}).map(([id, value]) => [id, years(value, `workflows.${id}`)]),
    ),
  };
}

import { createHmac } from 'node:crypto';

/** Where the per-project secret comes from: never the repository. */
export const PSEUDONYM_SECRET_ENV = 'FORLOEB_PSEUDONYM_SECRET';

/**
 * The secret for a project's pseudonyms: `FORLOEB_PSEUDONYM_SECRET_<PROJECT>` if set, otherwise a key
 * derived from `FORLOEB_PSEUDONYM_SECRET` and the project, so two projects never share pseudonyms.
 * Undefined when neither is configured (or shorter than 32 characters).
 */
export function getProjectSecret(
  project: string,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const own = env[`${PSEUDONYM_SECRET_ENV}_${project.toUpperCase()}`];
  if (own && own.length >= 32) return own;
  const base = env[PSEUDONYM_SECRET_ENV];
  if (!base || base.length < 32) return undefined;
  return createHmac('sha256', base).update(`forloeb-project:${project}`).digest('hex');
}

/**
 * Stable pseudonyms by keyed HMAC (SHA-256): the same id gives the same pseudonym in every export of the
 * project, and nobody without the secret can go back from a pseudonym to the id.
 */
export function createPseudonymiser(secret: string): (kind: string, id: string) => string {
  return (kind, id) =>
    `${kind}-${createHmac('sha256', secret).update(`${kind}:${id}`).digest('hex').slice(0, 20)}`;
}

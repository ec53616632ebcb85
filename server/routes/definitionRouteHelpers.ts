import type { Request, Response } from 'express';
import { getUser } from '../auth/sessions';
import { problems, ProblemError } from '../http/ProblemError';
import type { RouteSpec } from '../http/RouteSpec';
import { DraftConflict } from '../services/createDefinitionDrafts';
import { PublishRefused } from '../services/createDefinitionLifecycle';
import type { DefinitionKind } from '../storage/types';

const DEFINITION_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export const kindOf = (raw: unknown): DefinitionKind => {
  if (raw !== 'form' && raw !== 'workflow') throw problems.notFound(`Definitionstypen ${String(raw)}`);
  return raw;
};
export const idOf = (raw: unknown): string => {
  const id = String(raw);
  if (!DEFINITION_ID.test(id)) throw problems.notFound(`Definitionen ${id}`);
  return id;
};
export const actorOf = (res: Response) => {
  const user = getUser(res);
  return { id: user.id, name: user.name };
};

/** The revision in `If-Match: "<revision>"`; a write without one is refused (428), so no save is blind. */
export function readIfMatch(req: Request): number {
  const header = req.get('if-match');
  if (header === undefined)
    throw new ProblemError(428, 'Precondition required', 'Send If-Match med kladdens revision.');
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) throw problems.badRequest('If-Match skal være kladdens revision, fx "3".');
  return Number(match[1]);
}

/**
 * Runs a handler; the lifecycle's problems carry more than a plain problem: a stale revision answers 412 with
 * the draft as it is now (`current`, null if gone), a refused publish 422 with its `reasons` as a list.
 */
export function withLifecycleProblems(handle: RouteSpec['handle']): RouteSpec['handle'] {
  return async (req, res) => {
    try {
      await handle(req, res);
    } catch (error) {
      if (!(error instanceof DraftConflict) && !(error instanceof PublishRefused)) throw error;
      const extra = error instanceof DraftConflict ? { current: error.current } : { reasons: error.reasons };
      if (error instanceof DraftConflict && error.current) res.set('ETag', `"${error.current.revision}"`);
      res
        .status(error.status)
        .type('application/problem+json')
        .send(
          JSON.stringify({
            type: error.type,
            title: error.title,
            status: error.status,
            detail: error.detail,
            ...extra,
          }),
        );
    }
  };
}

import type { RequestHandler } from 'express';
import { problems } from './ProblemError';

/** Deeper than any request needs (a definition is at most 64 levels, its draft wrapper adds one). */
export const MAX_JSON_DEPTH = 100;

/**
 * Refuses a JSON body nested deeper than MAX_JSON_DEPTH with 400. Found by the definition fuzzer: a body of
 * a few thousand nested arrays parses fine, but later recursive code (serialising the store, validating)
 * overflows the stack — a 500, and with a stored draft, every later write of the store too. Walks without
 * recursion, so the check itself cannot overflow.
 */
export const limitJsonDepth: RequestHandler = (req, _res, next) => {
  const body: unknown = req.body;
  if (!body || typeof body !== 'object') return next();
  const stack: [unknown, number][] = [[body, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) {
      next(problems.badRequest(`JSON-dokumentet er indlejret for dybt: højst ${MAX_JSON_DEPTH} niveauer.`));
      return;
    }
    for (const child of Object.values(node))
      if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
  next();
};

import type { RequestHandler } from 'express';

const BUSY = JSON.stringify({
  type: 'https://forloeb.dk/problems/service-unavailable',
  title: 'Service unavailable',
  status: 503,
  detail: 'Serveren har travlt lige nu. Prøv igen om lidt.',
});

/**
 * Answers 503 with Retry-After when more than `max` API requests are in progress, instead of letting a
 * flood queue up until every answer is late: the server stays responsive and recovers as soon as the
 * burst ends. A request counts until its response is finished or the client goes away. The answer is
 * written here, not thrown: shedding load is expected under stress and must not flood the error log.
 */
export function createOverloadGuard(max: number): RequestHandler {
  let inFlight = 0;
  return (_req, res, next) => {
    if (inFlight >= max) {
      res.status(503).set('Retry-After', '1').type('application/problem+json').send(BUSY);
      return;
    }
    inFlight += 1;
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      inFlight -= 1;
    };
    res.once('finish', release);
    res.once('close', release);
    next();
  };
}

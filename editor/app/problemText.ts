import type { Language } from '../../runtime';

/**
 * The server writes its problem details in Danish only. The few the worker screens show are chosen here by
 * status when the UI is English (client-side, so the server stays one language and needs no Accept-Language);
 * in Danish the server's own, more specific words are shown.
 */
const english: Record<number, string> = {
  400: 'The request was not accepted. Check what you entered and try again.',
  401: 'Log in to continue.',
  403: 'You do not have access to this.',
  404: 'It does not exist (any more).',
  409: 'This is not possible in the pathway’s current step.',
  412: 'Someone else changed this meanwhile. Load it again before you continue.',
  413: 'What you sent is too large.',
  415: 'The request was not sent as JSON.',
  422: 'The data was not accepted. Correct the fields marked and try again.',
  429: 'Too many requests. Wait a moment and try again.',
  500: 'Something went wrong on the server. Try again.',
  503: 'The server is busy. Try again in a moment.',
};

/** The English text for a problem's status, or undefined when the server's Danish detail is to be shown. */
export function toProblemText(status: number, language: Language): string | undefined {
  if (language !== 'en') return undefined;
  return english[status] ?? (status >= 500 ? english[500] : undefined);
}

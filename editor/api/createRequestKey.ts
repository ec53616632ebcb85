/**
 * A random key for an Idempotency-Key header. `crypto.randomUUID` exists only in secure contexts (HTTPS,
 * localhost); on a plain-HTTP intranet address the key is made from `getRandomValues`, which exists everywhere.
 */
export function createRequestKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

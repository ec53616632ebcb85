import type { FormData } from '../../runtime/rendering';

/**
 * A draft as this device keeps it, so nothing typed is lost when the connection drops or the tablet sleeps.
 * Plain localStorage, not encrypted (there is no key to encrypt with): it holds one user's half-filled forms
 * only until they reach the server's submit, and everything is removed on logout. It lives beside the API
 * client, not in the work feature, because the session (app/) clears it on logout and app/ imports no feature.
 */
export interface LocalDraft {
  data: FormData;
  /** When it was typed (this device's clock). */
  savedAt: string;
  /** The server draft version this one was made on top of (0: none). */
  baseVersion: number;
  /** Typed here and not yet on the server. */
  dirty: boolean;
  /** A submit waiting for the connection: the same key is sent on every retry, so it is stored once. */
  submit?: { key: string; data: FormData };
}

const PREFIX = 'forloeb.draft.';

export function toLocalDraftKey(userId: string, pathwayId: string, formId: string): string {
  return `${PREFIX}${encodeURIComponent(userId)}.${encodeURIComponent(pathwayId)}.${encodeURIComponent(formId)}`;
}

export function readLocalDraft(key: string): LocalDraft | undefined {
  const text = getStorage()?.getItem(key);
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<LocalDraft>;
    if (typeof value.data !== 'object' || value.data === null || typeof value.savedAt !== 'string')
      return undefined;
    return {
      data: value.data,
      savedAt: value.savedAt,
      baseVersion: typeof value.baseVersion === 'number' ? value.baseVersion : 0,
      dirty: value.dirty === true,
      ...(value.submit ? { submit: value.submit } : {}),
    };
  } catch {
    // Not ours or cut short: it cannot be restored, and keeping it would only hide the next save.
    getStorage()?.removeItem(key);
    return undefined;
  }
}

/** false when the device refuses to store (private browsing, storage full): the caller says so on screen. */
export function writeLocalDraft(key: string, draft: LocalDraft): boolean {
  const storage = getStorage();
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeLocalDraft(key: string): void {
  getStorage()?.removeItem(key);
}

/** On logout: the next person at the tablet must not find the families' answers. */
export function clearLocalDrafts(): void {
  const storage = getStorage();
  if (!storage) return;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

function getStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Some browsers throw on access to localStorage when storage is blocked.
    return undefined;
  }
}

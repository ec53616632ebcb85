import { deepEquals } from '@rjsf/utils';
import type { FormData } from '../../../runtime/rendering';
import type { ServerDraft } from './draftApi';
import type { LocalDraft } from '../../api/localDrafts';

export interface ChosenDraft {
  data: FormData;
  baseVersion: number;
  /** Typed on this device and not on the server yet. */
  dirty: boolean;
  submit?: LocalDraft['submit'];
  /** Where the restored draft came from, for the notice; undefined when the form opens empty. */
  restored?: { from: 'device' | 'server'; savedAt: string };
}

/**
 * Which draft a reopened form starts from: the newest of this device's and the server's. Versions decide,
 * not clocks (the tablet's clock and the server's differ): the device's copy is newer when it has unsent
 * typing on top of the server's current version; when the server moved on meanwhile, both are newer in
 * their own way — a conflict, shown at the first save.
 */
export function chooseDraft(local: LocalDraft | undefined, server: ServerDraft | undefined): ChosenDraft {
  const fromDevice = (baseVersion: number): ChosenDraft => ({
    data: local?.submit?.data ?? local?.data ?? {},
    baseVersion,
    dirty: true,
    ...(local?.submit ? { submit: local.submit } : {}),
    ...(local ? { restored: { from: 'device' as const, savedAt: local.savedAt } } : {}),
  });
  const fromServer = (draft: ServerDraft): ChosenDraft => ({
    data: draft.data,
    baseVersion: draft.version,
    dirty: false,
    restored: { from: 'server', savedAt: draft.savedAt },
  });

  const unsent = local && (local.dirty || local.submit);
  if (!server) {
    // Typed here and never sent: restore it. Sent, and the server's copy is gone: a submit removed it, so the
    // device's copy is stale (the form was sent from another device).
    return unsent ? fromDevice(0) : empty();
  }
  if (!local || !unsent) return fromServer(server);
  // Sent, but the answer was lost (the page closed first): the server has it already.
  if (deepEquals(local.submit?.data ?? local.data, server.data)) {
    return local.submit ? { ...fromServer(server), dirty: true, submit: local.submit } : fromServer(server);
  }
  if (local.baseVersion >= server.version) return fromDevice(server.version);
  // The server moved on while this device had unsent typing: keep the device's version on its old base, so
  // the first save meets the 412 and the worker sees both side by side.
  return fromDevice(local.baseVersion);
}

function empty(): ChosenDraft {
  return { data: {}, baseVersion: 0, dirty: false };
}

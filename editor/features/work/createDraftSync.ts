import { deepEquals } from '@rjsf/utils';
import { isApiError } from '../../api/client';
import type { PathwayView, Submission } from '../../api/types';
import type { FormData } from '../../../runtime/rendering';
import type { draftApi, ServerDraft } from './draftApi';
import { removeLocalDraft, writeLocalDraft, type LocalDraft } from '../../api/localDrafts';

/** Both versions of a form that was changed elsewhere while the worker typed: shown side by side, never overwritten. */
export type Conflict =
  | { source: 'draft'; theirs: ServerDraft }
  | { source: 'submission'; theirs: Submission; pathway: PathwayView; stillDue: boolean };

export type SyncState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'offline' }
  | { kind: 'submitQueued' }
  | { kind: 'submitting' }
  | { kind: 'conflict'; conflict: Conflict }
  /** The server refused for a reason a retry will not change (e.g. 422 with `errors`, 409 not due). */
  | { kind: 'failed'; error: unknown };

export type DraftApi = Pick<
  typeof draftApi,
  'getDraft' | 'putDraft' | 'submit' | 'getPathway' | 'getTimeline' | 'getSubmission'
>;

export interface DraftSyncOptions {
  api: DraftApi;
  familyId: string;
  pathway: PathwayView;
  formId: string;
  localKey: string;
  /** The data the form opened with and the server draft version it is based on. */
  start: { data: FormData; baseVersion: number; dirty: boolean; submit?: LocalDraft['submit'] };
  createKey: () => string;
  onSubmitted: (result: { submission: Submission; pathway: PathwayView }) => void;
  /** Waits after the last keystroke before saving on the server. */
  debounceMs?: number;
}

export type DraftSync = ReturnType<typeof createDraftSync>;

const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 30_000;

/**
 * Keeps a form's draft on the device at every change and on the server shortly after typing stops; queues
 * the drafts and the final submit while the connection is down and sends them when it returns (the
 * browser's online event, else retries with backoff). A 412 from another device or a colleague's submit
 * becomes a Conflict for the worker to settle — nothing is overwritten silently.
 */
export function createDraftSync(options: DraftSyncOptions) {
  const { api, familyId, formId, localKey } = options;
  const debounceMs = options.debounceMs ?? 800;
  let data = options.start.data;
  let baseVersion = options.start.baseVersion;
  let dirty = options.start.dirty;
  let pendingSubmit = options.start.submit;
  let pathway = options.pathway;
  let state: SyncState = { kind: 'idle' };
  let localOk = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryMs = FIRST_RETRY_MS;
  let busy = false;
  let again = false;
  let disposed = false;
  const listeners = new Set<() => void>();

  const setState = (next: SyncState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const persist = () => {
    const ok = writeLocalDraft(localKey, {
      data,
      savedAt: new Date().toISOString(),
      baseVersion,
      dirty,
      ...(pendingSubmit ? { submit: pendingSubmit } : {}),
    });
    if (ok !== localOk) {
      localOk = ok;
      for (const listener of listeners) listener();
    }
  };
  const schedule = (ms: number) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, ms);
  };
  const retryLater = () => {
    schedule(retryMs);
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
  };

  /** One request at a time; a change during a request is sent right after it. */
  async function run(): Promise<void> {
    if (disposed || state.kind === 'conflict') return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      if (pendingSubmit) await sendSubmit(pendingSubmit);
      else if (dirty) await sendDraft();
    } finally {
      busy = false;
    }
    if (again && !disposed) {
      again = false;
      void run();
    }
  }

  async function sendDraft(): Promise<void> {
    const sent = data;
    setState({ kind: 'saving' });
    try {
      const saved = await api.putDraft(pathway.id, formId, sent, baseVersion);
      baseVersion = saved.version;
      if (data === sent) dirty = false;
      retryMs = FIRST_RETRY_MS;
      persist();
      setState({ kind: 'saved', at: saved.savedAt });
      if (dirty) schedule(debounceMs);
    } catch (error) {
      if (isApiError(error) && error.status === 0) {
        setState({ kind: 'offline' });
        retryLater();
      } else if (isApiError(error) && error.status === 412) {
        const theirs = await api.getDraft(pathway.id, formId).catch(() => undefined);
        // Drafts are removed when the form is submitted: no draft left means a submit happened meanwhile.
        if (theirs && deepEquals(theirs.data, sent)) {
          // An earlier send of the same data arrived, but its answer was lost: nothing to settle.
          baseVersion = theirs.version;
          if (data === sent) dirty = false;
          persist();
          setState({ kind: 'saved', at: theirs.savedAt });
          if (dirty) schedule(debounceMs);
        } else if (theirs) setState({ kind: 'conflict', conflict: { source: 'draft', theirs } });
        else await findSubmittedMeanwhile(error);
      } else {
        setState({ kind: 'failed', error });
      }
    }
  }

  async function sendSubmit(submit: NonNullable<LocalDraft['submit']>): Promise<void> {
    setState({ kind: 'submitting' });
    try {
      const result = await api.submit(pathway.id, formId, submit.data, submit.key, pathway.version);
      pendingSubmit = undefined;
      dirty = false;
      removeLocalDraft(localKey);
      dispose();
      options.onSubmitted(result);
    } catch (error) {
      if (isApiError(error) && error.status === 0) {
        setState({ kind: 'submitQueued' });
        retryLater();
        return;
      }
      pendingSubmit = undefined;
      persist();
      if (isApiError(error) && error.status === 412) await findSubmittedMeanwhile(error, submit);
      else setState({ kind: 'failed', error });
    }
  }

  /**
   * The pathway moved on since the form was opened. A colleague's submit of this very form is a conflict;
   * any other change (another step of a parallel state) is not, and the submit is retried on the new version.
   */
  async function findSubmittedMeanwhile(
    cause: unknown,
    submit?: NonNullable<LocalDraft['submit']>,
  ): Promise<void> {
    try {
      const seen = pathway.updatedAt;
      const [latest, timeline] = await Promise.all([api.getPathway(pathway.id), api.getTimeline(familyId)]);
      const stillDue = latest.formsDue.some((f) => f.formId === formId);
      // The form was due when it was opened, so a submission of it stamped at or after that moment is new.
      const theirs = timeline
        .filter(
          (e) => e.kind === 'submission' && e.pathwayId === pathway.id && e.formId === formId && e.at >= seen,
        )
        .sort((a, b) => b.at.localeCompare(a.at))[0];
      pathway = latest;
      if (theirs?.submissionId) {
        const submission = await api.getSubmission(theirs.submissionId);
        baseVersion = 0;
        setState({
          kind: 'conflict',
          conflict: { source: 'submission', theirs: submission, pathway, stillDue },
        });
      } else if (submit && stillDue) {
        pendingSubmit = submit;
        persist();
        await sendSubmit(submit);
      } else if (!stillDue) {
        setState({ kind: 'failed', error: cause });
      } else {
        // The draft alone was stale (the server draft is gone, nobody submitted): start a new one.
        baseVersion = 0;
        dirty = true;
        persist();
        schedule(0);
      }
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }

  const onOnline = () => {
    retryMs = FIRST_RETRY_MS;
    if (state.kind === 'offline' || state.kind === 'submitQueued') schedule(0);
  };
  // A tablet put to sleep may never come back to this page: send what is typed when the page is hidden.
  const onHidden = () => {
    if (document.visibilityState === 'hidden' && dirty && state.kind !== 'conflict') schedule(0);
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onHidden);
  }

  function dispose() {
    disposed = true;
    if (timer !== undefined) clearTimeout(timer);
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onHidden);
    }
  }

  return {
    getState: () => state,
    getData: () => data,
    isLocalOk: () => localOk,
    getPathway: () => pathway,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Resumes what the device still had queued (a submit, unsent typing) when the form is opened again. */
    resume() {
      if (pendingSubmit || dirty) schedule(0);
    },
    change(next: FormData) {
      // A field handing over its last typing while the page closes after a submit or a discard.
      if (disposed) return;
      data = next;
      dirty = true;
      persist();
      if (state.kind === 'conflict' || state.kind === 'submitQueued' || pendingSubmit) return;
      if (state.kind === 'offline') return; // the retry timer or the online event sends it
      schedule(debounceMs);
    },
    submit(final: FormData) {
      if (disposed) return;
      data = final;
      pendingSubmit = { key: options.createKey(), data: final };
      persist();
      if (timer !== undefined) clearTimeout(timer);
      void run();
    },
    /** The worker's choice in the conflict view becomes the draft; a draft conflict then saves over theirs. */
    resolve(merged: FormData) {
      if (state.kind !== 'conflict') return;
      const { conflict } = state;
      data = merged;
      dirty = true;
      if (conflict.source === 'draft') {
        baseVersion = conflict.theirs.version;
        persist();
        setState({ kind: 'idle' });
        void run();
      } else {
        pathway = conflict.pathway;
        persist();
        setState({ kind: 'idle' });
        schedule(0);
      }
    },
    /** The worker keeps what was submitted: her version is discarded. */
    discard() {
      dirty = false;
      pendingSubmit = undefined;
      removeLocalDraft(localKey);
      dispose();
    },
    dispose,
  };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../editor/api/client';
import type { PathwayView, Submission, TimelineEntry } from '../../editor/api/types';
import { createDraftSync, type DraftApi } from '../../editor/features/work/createDraftSync';
import type { ServerDraft } from '../../editor/features/work/draftApi';

// The sync's decisions with the server's answers scripted (the browser tests run it against the real
// server; these pin down the retry and 412 branches a browser test cannot reach on purpose).

const offline = () => new ApiError({ status: 0, title: 'Network error', detail: 'Failed to fetch' });
const stale = () => new ApiError({ status: 412, title: 'Precondition failed', detail: 'ændret' });

const pathway = (version: number, formsDue = ['F07-adbb']): PathwayView =>
  ({
    id: 'p1',
    familyId: 'f1',
    version,
    updatedAt: `2027-03-01T10:00:0${version}.000Z`,
    formsDue: formsDue.map((formId) => ({ formId })),
  }) as unknown as PathwayView;

function createApi(overrides: Partial<DraftApi>): DraftApi & { submits: { key: string; version: number }[] } {
  const submits: { key: string; version: number }[] = [];
  return {
    submits,
    getDraft: () => Promise.resolve(undefined),
    putDraft: (_p, _f, data, version): Promise<ServerDraft> =>
      Promise.resolve({ data, version: version + 1, savedAt: '2027-03-01T10:00:00.000Z' }),
    submit: (_p, _f, data, key, version) => {
      submits.push({ key, version });
      return Promise.resolve({
        submission: { id: 's1', formId: 'F07-adbb', data } as unknown as Submission,
        pathway: pathway(version + 1, []),
      });
    },
    getPathway: () => Promise.resolve(pathway(1)),
    getTimeline: () => Promise.resolve([] as TimelineEntry[]),
    getSubmission: () => Promise.reject(new Error('not asked for')),
    ...overrides,
  };
}

const start = { data: {}, baseVersion: 0, dirty: false };

describe('the draft sync of the step screen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('retries a submit that met no connection with the same Idempotency-Key until it is through', async () => {
    let attempts = 0;
    const api = createApi({});
    const submit = api.submit;
    api.submit = (...args) => {
      attempts += 1;
      return attempts < 3
        ? (api.submits.push({ key: args[3], version: args[4] }), Promise.reject(offline()))
        : submit(...args);
    };
    const submitted = vi.fn();
    const sync = createDraftSync({
      api,
      familyId: 'f1',
      pathway: pathway(1),
      formId: 'F07-adbb',
      localKey: 'k',
      start,
      createKey: () => 'key-1',
      onSubmitted: submitted,
    });
    sync.submit({ a: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.getState().kind).toBe('submitQueued');
    await vi.advanceTimersByTimeAsync(1000); // first retry after 1 s: still offline
    expect(submitted).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000); // then after 2 s more: through
    expect(submitted).toHaveBeenCalledOnce();
    expect(api.submits.map((s) => s.key)).toEqual(['key-1', 'key-1', 'key-1']);
  });

  it('resubmits on the new version when the pathway moved on elsewhere and nobody submitted this form', async () => {
    const api = createApi({});
    const submit = api.submit;
    api.submit = (...args) => (args[4] === 1 ? Promise.reject(stale()) : submit(...args));
    api.getPathway = () => Promise.resolve(pathway(2));
    const submitted = vi.fn();
    const sync = createDraftSync({
      api,
      familyId: 'f1',
      pathway: pathway(1),
      formId: 'F07-adbb',
      localKey: 'k',
      start,
      createKey: () => 'key-1',
      onSubmitted: submitted,
    });
    sync.submit({ a: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(submitted).toHaveBeenCalledOnce();
    expect(api.submits).toEqual([{ key: 'key-1', version: 2 }]);
  });

  it('shows a conflict, and sends nothing, when another device saved the draft meanwhile', async () => {
    const theirs = { data: { a: 'theirs' }, version: 4, savedAt: '2027-03-01T10:00:00.000Z' };
    const put = vi.fn(() => Promise.reject(stale()));
    const api = createApi({ putDraft: put, getDraft: () => Promise.resolve(theirs) });
    const sync = createDraftSync({
      api,
      familyId: 'f1',
      pathway: pathway(1),
      formId: 'F07-adbb',
      localKey: 'k',
      start,
      createKey: () => 'key-1',
      onSubmitted: () => undefined,
    });
    sync.change({ a: 'mine' });
    await vi.advanceTimersByTimeAsync(800);
    expect(sync.getState()).toEqual({ kind: 'conflict', conflict: { source: 'draft', theirs } });
    sync.change({ a: 'mine, more' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(put).toHaveBeenCalledOnce();

    sync.resolve({ a: 'theirs' });
    await vi.advanceTimersByTimeAsync(0);
    expect(put).toHaveBeenLastCalledWith('p1', 'F07-adbb', { a: 'theirs' }, 4);
  });
});

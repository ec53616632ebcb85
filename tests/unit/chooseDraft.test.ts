import { describe, expect, it } from 'vitest';
import { chooseDraft } from '../../editor/features/work/chooseDraft';
import type { LocalDraft } from '../../editor/api/localDrafts';

const local = (draft: Partial<LocalDraft>): LocalDraft => ({
  data: { a: 'device' },
  savedAt: '2027-03-01T10:00:00.000Z',
  baseVersion: 1,
  dirty: true,
  ...draft,
});
const server = (version: number, data: Record<string, unknown> = { a: 'server' }) => ({
  data,
  version,
  savedAt: '2027-03-01T09:00:00.000Z',
});

describe('which draft a reopened form starts from', () => {
  it('opens empty when neither the device nor the server has a draft', () => {
    expect(chooseDraft(undefined, undefined)).toEqual({ data: {}, baseVersion: 0, dirty: false });
  });

  it("takes the server's draft when the device has none (another tablet, or storage cleared)", () => {
    expect(chooseDraft(undefined, server(3))).toMatchObject({
      data: { a: 'server' },
      baseVersion: 3,
      dirty: false,
      restored: { from: 'server' },
    });
  });

  it("takes the device's unsent typing on top of the server's current version", () => {
    expect(chooseDraft(local({ baseVersion: 3 }), server(3))).toMatchObject({
      data: { a: 'device' },
      baseVersion: 3,
      dirty: true,
      restored: { from: 'device' },
    });
  });

  it('keeps unsent typing on its old base when the server moved on, so the first save shows the conflict', () => {
    expect(chooseDraft(local({ baseVersion: 1 }), server(2))).toMatchObject({
      data: { a: 'device' },
      baseVersion: 1,
    });
  });

  it("takes the server's copy when the device's copy was sent already", () => {
    expect(chooseDraft(local({ dirty: false, baseVersion: 2 }), server(2))).toMatchObject({
      data: { a: 'server' },
      dirty: false,
    });
    expect(
      chooseDraft(local({ baseVersion: 1, data: { a: 'same' } }), server(2, { a: 'same' })),
    ).toMatchObject({
      baseVersion: 2,
      dirty: false,
    });
  });

  it('restores typing that never reached the server, and drops a sent copy whose server draft a submit removed', () => {
    expect(chooseDraft(local({ baseVersion: 0 }), undefined)).toMatchObject({
      data: { a: 'device' },
      dirty: true,
    });
    expect(chooseDraft(local({ dirty: false, baseVersion: 2 }), undefined)).toEqual({
      data: {},
      baseVersion: 0,
      dirty: false,
    });
  });

  it('resumes a submit that waited for the connection, with its key', () => {
    const submit = { key: 'k1', data: { a: 'final' } };
    expect(chooseDraft(local({ submit }), server(1))).toMatchObject({ data: { a: 'final' }, submit });
  });
});

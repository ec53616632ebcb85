import { describe, expect, it } from 'vitest';
import { migrations } from '../../server/storage/postgres/migrations';

describe('the PostgreSQL schema migrations', () => {
  it('have distinct, increasing version numbers, so each one is applied exactly once and in order', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(versions[0]).toBe(1);
  });
});

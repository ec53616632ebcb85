import { describe, expect, it } from 'vitest';
import { createValueStore } from '../../runtime/rendering/createValueStore';

describe('createValueStore', () => {
  it('tells its readers about a new value, not about the same value again', () => {
    const first = { total: 1 };
    const store = createValueStore(first);
    const seen: unknown[] = [];
    const stop = store.subscribe(() => seen.push(store.get()));
    store.set(first);
    const second = { total: 2 };
    store.set(second);
    stop();
    store.set({ total: 3 });
    expect(seen).toEqual([second]);
    expect(store.get()).toEqual({ total: 3 });
  });
});

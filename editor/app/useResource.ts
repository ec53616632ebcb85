import { useCallback, useEffect, useState } from 'react';

export type Resource<T> =
  | { status: 'loading'; reload: () => void }
  | { status: 'error'; error: unknown; reload: () => void }
  | { status: 'ready'; data: T; reload: () => void; set: (data: T) => void };

/** Loads something from the API when `key` changes; stale answers for an earlier key are dropped. */
export function useResource<T>(key: string, load: () => Promise<T>): Resource<T> {
  const [state, setState] = useState<{
    key: string;
    status: 'loading' | 'error' | 'ready';
    data?: T;
    error?: unknown;
  }>({
    key,
    status: 'loading',
  });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const set = useCallback((data: T) => setState({ key, status: 'ready', data }), [key]);

  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ key, status: 'ready', data }),
      (error: unknown) => current && setState({ key, status: 'error', error }),
    );
    return () => {
      current = false;
    };
    // `load` is a new closure each render; `key` says when it loads something else.
  }, [key, generation]);

  if (state.key !== key || state.status === 'loading') return { status: 'loading', reload };
  if (state.status === 'error') return { status: 'error', error: state.error, reload };
  return { status: 'ready', data: state.data as T, reload, set };
}

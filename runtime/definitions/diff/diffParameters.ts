import type { ParameterDefinition } from '../types';
import { pairByKey, toPropertyChanges } from './compareValues';
import type { ParameterChange } from './types';

/** Parameters added, removed, or with another default, schema or title. */
export function diffParameters(
  before: Record<string, ParameterDefinition> = {},
  after: Record<string, ParameterDefinition> = {},
): ParameterChange[] {
  const entries = (record: Record<string, ParameterDefinition>) =>
    Object.entries(record).map(([name, parameter]) => ({ name, parameter }));
  return pairByKey(entries(before), entries(after), (entry) => entry.name).flatMap(
    ({ key, before: old, after: next }): ParameterChange[] => {
      const title = (next ?? old)?.parameter.title ?? { da: key, en: key };
      if (!old) return [{ name: key, change: 'added', title, after: next?.parameter.default, changes: [] }];
      if (!next) return [{ name: key, change: 'removed', title, before: old.parameter.default, changes: [] }];
      const changes = toPropertyChanges(old.parameter, next.parameter, ['default', 'schema', 'title']);
      return changes.length === 0
        ? []
        : [
            {
              name: key,
              change: 'changed',
              title,
              before: old.parameter.default,
              after: next.parameter.default,
              changes,
            },
          ];
    },
  );
}

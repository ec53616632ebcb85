import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../runtime';
import { readSeedSources } from './loadSeedLibrary';

describe('the definitions folder', () => {
  const sources = readSeedSources();

  it('loads without a single issue', () => {
    expect(loadLibrary(sources).issues).toEqual([]);
  });

  it('names every file <id>.v<version>.json in the folder of its kind', () => {
    const misnamed = sources.filter(({ source, content }) => {
      const { kind, id, version } = content as { kind: string; id: string; version: number };
      return source !== `${kind}s/${id}.v${version}.json`;
    });
    expect(misnamed.map((s) => s.source)).toEqual([]);
  });

  it('holds the Ishøj D1 workflow and every form it pins', () => {
    const { library } = loadLibrary(sources);
    const workflow = library.getWorkflow('ishoej.d1', 1);
    expect(workflow).toBeDefined();
    for (const [id, version] of Object.entries(workflow?.definition.forms ?? {})) {
      expect(library.getForm(id, version), `${id} v${version}`).toBeDefined();
      expect(workflow?.forms[id]?.definition.version).toBe(version);
    }
  });
});

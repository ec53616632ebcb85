import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createLibrary,
  DefinitionError,
  formatIssue,
  loadLibrary,
  type DefinitionSource,
  type Library,
} from '../../runtime';
import { PROJECT_ROOT, readJson } from './loadSeedLibrary';

/**
 * Data-driven: every file in tests/fixtures/definitions is a small set of definition files and the exact
 * issues loading them must report: `{ description, files: [{ source, content }], expectedIssues: [{ source,
 * path, messageIncludes }] }`. An empty `expectedIssues` means the files load cleanly.
 */
const FIXTURES_DIR = join(PROJECT_ROOT, 'tests/fixtures/definitions');

interface ExpectedIssue {
  source: string;
  path: string;
  messageIncludes: string;
}

interface DefinitionFixture {
  description: string;
  files: DefinitionSource[];
  expectedIssues: ExpectedIssue[];
}

function assertDefinitionFixture(value: unknown, name: string): asserts value is DefinitionFixture {
  const fixture = value as Partial<DefinitionFixture> | null;
  const valid =
    typeof fixture?.description === 'string' &&
    Array.isArray(fixture.files) &&
    fixture.files.every((file) => typeof file.source === 'string' && 'content' in file) &&
    Array.isArray(fixture.expectedIssues) &&
    fixture.expectedIssues.every(
      (issue) =>
        typeof issue.source === 'string' &&
        typeof issue.path === 'string' &&
        typeof issue.messageIncludes === 'string',
    );
  if (!valid) throw new Error(`tests/fixtures/definitions/${name} is not a definition fixture`);
}

const fixtures = readdirSync(FIXTURES_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const fixture = readJson(join(FIXTURES_DIR, name));
    assertDefinitionFixture(fixture, name);
    return { name: name.replace(/\.json$/, ''), ...fixture };
  });

const toMatcher = (issue: ExpectedIssue): unknown =>
  expect.objectContaining({
    source: issue.source,
    path: issue.path,
    message: expect.stringContaining(issue.messageIncludes) as unknown,
  }) as unknown;

describe('definition fixtures', () => {
  it('has valid and invalid examples', () => {
    expect(fixtures.some((f) => f.expectedIssues.length === 0)).toBe(true);
    expect(fixtures.some((f) => f.expectedIssues.length > 0)).toBe(true);
  });
});

describe.each(fixtures)('loading $name', ({ description, files, expectedIssues }) => {
  it(`reports exactly the expected issues: ${description}`, () => {
    // Given the fixture's files, when they are loaded, then exactly the expected issues come back.
    const { issues } = loadLibrary(structuredClone(files));
    expect(issues).toEqual(expect.arrayContaining(expectedIssues.map(toMatcher)));
    expect(issues).toHaveLength(expectedIssues.length);
  });

  it('makes createLibrary agree with loadLibrary: a library when clean, else a DefinitionError naming every issue', () => {
    const { issues } = loadLibrary(structuredClone(files));
    let library: Library | undefined;
    let thrown: unknown;
    try {
      library = createLibrary(structuredClone(files));
    } catch (error) {
      thrown = error;
    }
    if (issues.length === 0) {
      expect(thrown).toBeUndefined();
      for (const { content } of files) {
        const { kind, id, version } = content as { kind: string; id: string; version: number };
        const found = kind === 'form' ? library?.getForm(id, version) : library?.getWorkflow(id, version);
        expect(found?.definition).toEqual(content);
      }
      return;
    }
    expect(thrown).toBeInstanceOf(DefinitionError);
    const error = thrown as DefinitionError;
    expect(error.issues).toEqual(issues);
    for (const issue of issues) expect(error.message).toContain(formatIssue(issue));
  });
});

describe('loadLibrary', () => {
  const fixture = (name: string) => {
    const found = fixtures.find((f) => f.name === name);
    if (!found) throw new Error(`no definition fixture '${name}'`);
    return found;
  };

  it('returns the library of the definitions that are fine alongside the issues of the others', () => {
    // Given a valid form and a broken copy of it under another id
    const { files } = fixture('several-problems-in-several-files');
    // When they are loaded
    const { library, issues } = loadLibrary(structuredClone(files));
    // Then the valid form is usable and the broken form and workflow are not
    expect(issues.length).toBeGreaterThan(0);
    expect(library.getForm('T01-screening', 1)).toBeDefined();
    expect(library.getForm('T02-broken', 1)).toBeUndefined();
    expect(library.getWorkflow('test.pathway', 1)).toBeUndefined();
  });

  it('says why the params of an action are invalid', () => {
    const { files } = fixture('invalid-action-params');
    const { issues } = loadLibrary(structuredClone(files));
    expect(issues).toHaveLength(1);
    // The reason names the param and what is wrong with it, not an ajv placeholder.
    expect(issues[0]?.message).toContain('code');
    expect(issues[0]?.message).not.toMatch(/undefined/);
  });

  it('rejects content that is neither a form nor a workflow', () => {
    const { issues } = loadLibrary([{ source: 'forms/empty.json', content: { id: 'x' } }]);
    expect(issues).toEqual([expect.objectContaining({ source: 'forms/empty.json', path: '/kind' })]);
  });

  it('does not change the definitions it loads', () => {
    const { files } = fixture('valid-form-and-workflow');
    const input = structuredClone(files);
    loadLibrary(input);
    expect(input).toEqual(files);
  });
});

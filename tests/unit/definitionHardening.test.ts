import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/definitions/valid-form-and-workflow.json';
import { DefinitionError, createLibrary, loadLibrary } from '../../runtime';
import { checkRegexSafety } from '../../runtime/definitions/checkRegexSafety';
import { DEFINITION_LIMITS } from '../../runtime/definitions/definitionLimits';

type Json = Record<string, any>;
const FORM = 'forms/T01-screening.v1.json';
const WORKFLOW = 'workflows/test.pathway.v1.json';

/** The valid fixture's form, changed by `edit`. */
const formWith = (edit: (form: Json) => void): Json => {
  const form = structuredClone(fixture.files[0]!.content) as Json;
  edit(form);
  return form;
};
const workflowWith = (edit: (workflow: Json) => void): Json => {
  const workflow = structuredClone(fixture.files[1]!.content) as Json;
  edit(workflow);
  return workflow;
};
const issuesOf = (content: unknown, source = FORM) => loadLibrary([{ source, content }]).issues;
const property = (schema: Json) => formWith((f) => (f.schema.properties.extra = schema));

describe('definition hardening: size and shape', () => {
  it('refuses a definition over the byte cap, naming its size', () => {
    const form = formWith((f) => (f.schema.properties.note.description = 'å'.repeat(300_000)));
    const bytes = new TextEncoder().encode(JSON.stringify(form)).length;
    expect(issuesOf(form)).toEqual([
      { source: FORM, path: '/', message: `is ${bytes} bytes; a definition may be at most 524288 bytes` },
    ]);
  });

  it('refuses nesting deeper than the cap without overflowing the stack, even 100,000 levels deep', () => {
    let deep: Json = { type: 'string' };
    for (let i = 0; i < 100_000; i++) deep = { not: deep };
    const issues = issuesOf(property(deep));
    expect(issues).toHaveLength(1);
    // The form's root is level 0; `/schema/properties/extra` is level 3, and every `not` adds one.
    const path = `/schema/properties/extra${'/not'.repeat(DEFINITION_LIMITS.maxDepth - 3)}`;
    expect(issues[0]).toEqual({ source: FORM, path, message: 'is nested more than 64 levels deep' });
  });

  it('refuses an object that refers to itself (no endless walk)', () => {
    const cyclic: Json = { type: 'object' };
    cyclic.properties = { self: cyclic };
    expect(issuesOf(property(cyclic))[0]!.message).toBe('is nested more than 64 levels deep');
  });

  it('refuses prototype keys and `$data`, wherever they are', () => {
    const proto = formWith((f) => {
      f.schema.properties = JSON.parse('{"__proto__": {"type": "string"}, "score": {"type": "integer"}}');
    });
    expect(issuesOf(proto)).toEqual([
      { source: FORM, path: '/schema/properties/__proto__', message: "the key '__proto__' is not allowed" },
    ]);
    const data = property({ type: 'integer', maximum: { $data: '1/score' } });
    expect(issuesOf(data)).toEqual([
      {
        source: FORM,
        path: '/schema/properties/extra/maximum/$data',
        message: '`$data` references are not allowed',
      },
    ]);
    const viaConstructor = formWith((f) => (f.visibility.note = { constructor: { prototype: { x: 1 } } }));
    expect(issuesOf(viaConstructor)).toEqual([
      {
        source: FORM,
        path: '/visibility/note/constructor/prototype',
        message: "the key 'prototype' is not allowed",
      },
    ]);
  });

  it('refuses values JSON cannot hold (a function, Infinity)', () => {
    expect(issuesOf(property({ type: 'string', default: () => 1 }))).toEqual([
      {
        source: FORM,
        path: '/schema/properties/extra/default',
        message: 'is a function, which JSON cannot hold',
      },
    ]);
    expect(issuesOf(property({ type: 'number', maximum: Infinity }))[0]).toMatchObject({
      path: '/schema/properties/extra/maximum',
      message: 'is not a finite number',
    });
  });

  it('caps the number of fields of a form', () => {
    const form = formWith((f) => {
      for (let i = 0; i < 500; i++) f.schema.properties[`f${i}`] = { type: 'string' };
    });
    expect(issuesOf(form)).toEqual([
      { source: FORM, path: '/schema', message: 'declares 502 fields; a form may have at most 500' },
    ]);
  });

  it('caps the number of states and transitions of a workflow', () => {
    const many = workflowWith((w) => {
      for (let g = 0; g < 4; g++) {
        const states: Json = {};
        for (let i = 0; i < 75; i++) states[`s${i}`] = {};
        w.machine.states[`group${g}`] = { initial: 's0', states };
      }
    });
    expect(issuesOf(many, WORKFLOW)).toEqual([
      { source: WORKFLOW, path: '/machine', message: 'has 307 states; a workflow may have at most 300' },
    ]);
    const busy = workflowWith((w) => {
      // 45 events × 45 transitions (the meta-schema allows 50 per event) plus the fixture's 4.
      for (let e = 0; e < 45; e++)
        w.machine.states.followUp.on[`E${e}`] = Array.from({ length: 45 }, () => ({ target: 'done' }));
    });
    expect(issuesOf(busy, WORKFLOW)).toEqual([
      {
        source: WORKFLOW,
        path: '/machine',
        message: 'has 2029 transitions; a workflow may have at most 2000',
      },
    ]);
  });
});

describe('definition hardening: the schemas staff write', () => {
  it.each([
    [
      { $ref: 'https://example.org/evil.json' },
      '/schema/properties/extra/$ref',
      `only local references ('#/…') are allowed, found "https://example.org/evil.json"`,
    ],
    [
      { $dynamicRef: '#x' },
      '/schema/properties/extra/$dynamicRef',
      "the keyword '$dynamicRef' is not allowed in a definition's schema",
    ],
    [
      { $id: 'https://example.org/x' },
      '/schema/properties/extra/$id',
      "the keyword '$id' is not allowed in a definition's schema",
    ],
    [
      { type: 'string', 'x-script': 'alert(1)' },
      '/schema/properties/extra/x-script',
      "the keyword 'x-script' is not allowed in a definition's schema",
    ],
    [
      { type: 'string', format: 'hostname' },
      '/schema/properties/extra/format',
      'unknown format "hostname"; use one of date, date-time, time, email, uri, uuid',
    ],
    [
      { type: 'string', pattern: '^(a+)+$' },
      '/schema/properties/extra/pattern',
      'the regular expression may take exponential time (catastrophic backtracking)',
    ],
    [
      { type: 'string', pattern: '^(a|a)*$' },
      '/schema/properties/extra/pattern',
      'the regular expression may take exponential time (catastrophic backtracking)',
    ],
    [
      { type: 'string', pattern: '(a)\\1' },
      '/schema/properties/extra/pattern',
      'back-references are not allowed in regular expressions',
    ],
    [
      { type: 'string', pattern: '(' },
      '/schema/properties/extra/pattern',
      'is not a valid regular expression',
    ],
    [
      { type: 'object', patternProperties: { '(x+x+)+y': { type: 'string' } } },
      '/schema/properties/extra/patternProperties/(x+x+)+y',
      'the regular expression may take exponential time (catastrophic backtracking)',
    ],
    [
      { type: 'array', items: { anyOf: [{ type: 'string', pattern: '([a-z]+)*$' }] } },
      '/schema/properties/extra/items/anyOf/0/pattern',
      'the regular expression may take exponential time (catastrophic backtracking)',
    ],
    [
      { type: 'string', pattern: 'a'.repeat(1001) },
      '/schema/properties/extra/pattern',
      'the regular expression is longer than 1000 characters',
    ],
  ])('refuses %j with the path and reason', (schema, path, message) => {
    expect(issuesOf(property(schema))).toEqual([{ source: FORM, path, message }]);
  });

  it('keeps local $refs, known formats and linear patterns', () => {
    const form = formWith((f) => {
      f.schema.$defs = { code: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$' } };
      f.schema.properties.extra = { $ref: '#/$defs/code' };
      f.schema.properties.when = { type: 'string', format: 'date' };
      // A root `$schema` (dropped before compiling) and the older `dependencies` are kept.
      f.schema.$schema = 'https://json-schema.org/draft/2020-12/schema';
      f.schema.dependencies = { note: ['score'], when: { required: ['score'] } };
    });
    expect(issuesOf(form)).toEqual([]);
    const nested = formWith((f) => (f.schema.dependencies = { note: { type: 'string', pattern: '(a+)+' } }));
    expect(issuesOf(nested)).toEqual([
      {
        source: FORM,
        path: '/schema/dependencies/note/pattern',
        message: 'the regular expression may take exponential time (catastrophic backtracking)',
      },
    ]);
  });

  it('refuses a parameter schema that does not compile, instead of throwing (found by the fuzzer)', () => {
    const badEnum = formWith((f) => (f.parameters.cutoff.schema = { type: 'integer', enum: [] }));
    expect(issuesOf(badEnum)).toEqual([
      {
        source: FORM,
        path: '/parameters/cutoff/schema',
        message: 'is not a valid schema: enum must have non-empty array',
      },
    ]);
    const badMinimum = workflowWith(
      (w) => (w.parameters.windowDays.schema = { type: 'integer', minimum: 'x' }),
    );
    const issues = loadLibrary([
      { source: FORM, content: fixture.files[0]!.content },
      { source: WORKFLOW, content: badMinimum },
    ]).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ source: WORKFLOW, path: '/parameters/windowDays/schema' });
    expect(issues[0]!.message).toMatch(/^is not a valid schema: schema is invalid/);
  });

  it('checks parameter and event schemas too', () => {
    const form = formWith((f) => (f.parameters.cutoff.schema = { type: 'integer', $data: 'x' }));
    expect(issuesOf(form)[0]).toMatchObject({ path: '/parameters/cutoff/schema/$data' });
    const workflow = workflowWith(
      (w) => (w.events.WITHDRAW.schema = { type: 'string', pattern: '(.*a){20}' }),
    );
    const issues = loadLibrary([
      { source: FORM, content: fixture.files[0]!.content },
      { source: WORKFLOW, content: workflow },
    ]).issues;
    expect(issues).toEqual([
      {
        source: WORKFLOW,
        path: '/events/WITHDRAW/schema/pattern',
        message: 'the regular expression may take exponential time (catastrophic backtracking)',
      },
    ]);
  });
});

describe('definition hardening: what was there already stays', () => {
  it('refuses raw HTML in a label, unknown guard operators and unregistered actions', () => {
    const html = property({ type: 'string', title: '<img src=x onerror=alert(1)>' });
    expect(issuesOf(html)).toEqual([
      {
        source: FORM,
        path: '/schema/properties/extra/title',
        message: 'contains HTML, which is not allowed in labels',
      },
    ]);
    const workflow = workflowWith((w) => {
      w.machine.states.screening.on.FORM_SUBMITTED[0].guard = { eval: ['1'] };
      w.machine.states.screening.on.FORM_SUBMITTED[0].actions = [{ type: 'runScript' }];
    });
    const issues = loadLibrary([
      { source: FORM, content: fixture.files[0]!.content },
      { source: WORKFLOW, content: workflow },
    ]).issues;
    expect(issues).toEqual([
      {
        source: WORKFLOW,
        path: '/machine/states/screening/on/FORM_SUBMITTED/0/guard',
        message: "unknown operator 'eval'",
      },
      {
        source: WORKFLOW,
        path: '/machine/states/screening/on/FORM_SUBMITTED/0/actions/0',
        message: "action 'runScript' is not registered",
      },
    ]);
  });

  it('throws one DefinitionError naming every file, path and reason', () => {
    const bad = property({ type: 'string', pattern: '^(a+)+$', format: 'hostname' });
    expect(() => createLibrary([{ source: FORM, content: bad }])).toThrowError(DefinitionError);
    expect(() => createLibrary([{ source: FORM, content: bad }])).toThrowError(
      `${FORM} at /schema/properties/extra/pattern: the regular expression may take exponential time (catastrophic backtracking)\n` +
        `${FORM} at /schema/properties/extra/format: unknown format "hostname"; use one of date, date-time, time, email, uri, uuid`,
    );
  });
});

describe('checkRegexSafety', () => {
  it.each(['^\\d{4}-\\d{2}-\\d{2}$', '^[^@\\s]+@[^@\\s]+$', '^(ja|nej)$', '^[A-Za-zÆØÅæøå .-]{1,100}$'])(
    'accepts the linear pattern %s',
    (pattern) => expect(checkRegexSafety(pattern)).toBeUndefined(),
  );
  it.each(['(a*)*', '(a|aa)+', '((ab|a)c)*', '(\\w+\\s?)+$'])('refuses %s', (pattern) =>
    expect(checkRegexSafety(pattern)).toBe(
      'the regular expression may take exponential time (catastrophic backtracking)',
    ),
  );
});

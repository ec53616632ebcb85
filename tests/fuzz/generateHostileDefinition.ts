import type { Random } from './fuzzSettings';

type Json = unknown;
type Mutation = (root: Record<string, unknown>, random: Random) => void;

const REDOS = ['^(a+)+$', '(a|a)*', '(x+x+)+y', '([a-z]+)*$', '(\\w+\\s?)+$', '(.*a){25}', '(a)\\1', '((((('];
const WEIRD_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '',
  '\u0000',
  '$data',
  '$ref',
  'x'.repeat(5000),
  '🙂',
  'toString',
];
const OPERATORS = [
  'eval',
  'Function',
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'require',
  'import',
];

/** Every object and array inside the definition, with a way to set a child. */
function listContainers(root: Json): { node: Record<string, unknown> | unknown[] }[] {
  const found: { node: Record<string, unknown> | unknown[] }[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0 && found.length < 5000) {
    const node = stack.pop();
    if (node && typeof node === 'object') {
      found.push({ node: node as Record<string, unknown> });
      stack.push(...Object.values(node));
    }
  }
  return found;
}

function randomValue(random: Random, depth = 0): Json {
  switch (random.int(depth > 3 ? 6 : 9)) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.pick([0, -0, 1e308, -1e308, 1.5, 2 ** 53 + 1, -1]);
    case 3:
      return random.pick([
        '',
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        'a'.repeat(3000),
        '\u202e',
        'ÆØÅ',
      ]);
    case 4:
      return random.pick(REDOS);
    case 5:
      return { $ref: random.pick(['https://evil.example/x.json', '#/nope', 'file:///etc/passwd', '#']) };
    case 6:
      return Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1));
    case 7:
      return JSON.parse(`{"__proto__": {"polluted": true}, "type": "string"}`);
    default:
      return Object.fromEntries(
        Array.from({ length: random.int(4) }, () => [
          random.pick(WEIRD_KEYS),
          randomValue(random, depth + 1),
        ]),
      );
  }
}

function nest(depth: number, leaf: Json, key: string): Json {
  let node = leaf;
  for (let i = 0; i < depth; i++) node = key === '[]' ? [node] : { [key]: node };
  return node;
}

const setRandom = (root: Record<string, unknown>, random: Random, value: Json) => {
  const target = random.pick(listContainers(root)).node;
  if (Array.isArray(target)) target[random.int(target.length + 1)] = value;
  else {
    const keys = Object.keys(target);
    const key = keys.length > 0 && random.chance(0.7) ? random.pick(keys) : random.pick(WEIRD_KEYS);
    // defineProperty: a plain assignment to '__proto__' would change the prototype instead of adding a key.
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  }
};

const MUTATIONS: Mutation[] = [
  (root, random) =>
    setRandom(root, random, nest(random.pick([70, 500, 5000]), 'x', random.pick(['not', 'a', '[]']))),
  (root, random) => setRandom(root, random, 'x'.repeat(random.pick([10_000, 600_000]))),
  (root, random) => setRandom(root, random, randomValue(random)),
  (root, random) =>
    setRandom(
      root,
      random,
      Array.from({ length: random.pick([1000, 20_000]) }, (_, i) => i),
    ),
  (root, random) => setRandom(root, random, { type: 'string', pattern: random.pick(REDOS) }),
  (root, random) => setRandom(root, random, { patternProperties: { [random.pick(REDOS)]: {} } }),
  (root, random) => setRandom(root, random, { maximum: { $data: '1/x' } }),
  (root, random) => setRandom(root, random, { [random.pick(OPERATORS)]: [{ var: 'data.x' }] }),
  (root, random) =>
    setRandom(root, random, {
      type: random.pick(['object', 'string']),
      format: random.pick(['hostname', 'regex', 'x']),
    }),
  (root, random) => {
    // an object that contains itself
    const node = random.pick(listContainers(root)).node;
    if (!Array.isArray(node)) node.self = node;
  },
  (root, random) => {
    const node = random.pick(listContainers(root)).node;
    if (Array.isArray(node)) node.length = 0;
    else delete node[random.pick(Object.keys(node).concat('kind'))];
  },
  (root, random) =>
    setRandom(root, random, random.pick([Infinity, NaN, () => 1, undefined, Symbol('x'), 10n, new Date(0)])),
  (root) => {
    // a state machine with a cycle through `always` and a missing target
    const machine = root.machine as { states?: Record<string, unknown> } | undefined;
    if (machine?.states) {
      machine.states.loopA = { always: 'loopB' };
      machine.states.loopB = { always: [{ target: 'loopA' }, { target: 'nowhere' }] };
    }
  },
  (root, random) => {
    root.kind = random.pick(['form', 'workflow', 'script', 1, null]);
  },
  (root, random) => {
    const actions = [
      { type: random.pick(['eval', 'flag', 'startPathway', 'count']), params: randomValue(random) },
    ];
    setRandom(root, random, {
      target: random.pick(['done', '#pathway', '..', '#x.y']),
      actions,
      guard: randomValue(random),
    });
  },
];

/** A hostile definition: a valid one (deep-copied) with one to four hostile changes. */
export function generateHostileDefinition(base: Json, random: Random): Json {
  const root = structuredClone(base) as Record<string, unknown>;
  const count = 1 + random.int(4);
  for (let i = 0; i < count; i++) random.pick(MUTATIONS)(root, random);
  return root;
}

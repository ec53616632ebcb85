import type { FormDefinition } from '../../runtime';
import type { Random } from './fuzzSettings';

type Schema = Record<string, any>;

const STRINGS = [
  '',
  ' ',
  'x',
  'ja',
  '2027-02-30',
  '2027-13-01',
  '2026-11-10',
  'not-a-date',
  '<script>',
  'a'.repeat(5000),
  '\u0000',
  'ÆØÅ',
  '🙂',
];
const NUMBERS = [0, -1, 1, 1.5, 10, 31, 1e9, -1e9, Number.MAX_SAFE_INTEGER, 2.000001];

/** A value chosen from what the field's schema offers (its options, its bounds), or just outside it. */
function valueFor(schema: Schema | undefined, random: Random, depth = 0): unknown {
  if (!schema || depth > 4) return random.pick(STRINGS);
  const options = (schema.oneOf ?? schema.anyOf ?? []) as Schema[];
  const consts = options.filter((o) => 'const' in o).map((o) => o.const);
  if (consts.length > 0 && random.chance(0.8)) return random.pick(consts);
  if (schema.enum && random.chance(0.8)) return random.pick(schema.enum as unknown[]);
  const type = Array.isArray(schema.type) ? random.pick(schema.type as string[]) : schema.type;
  switch (type) {
    case 'boolean':
      return random.chance(0.5);
    case 'integer':
    case 'number': {
      const lo = typeof schema.minimum === 'number' ? schema.minimum : 0;
      const hi = typeof schema.maximum === 'number' ? schema.maximum : lo + 20;
      return random.chance(0.8) ? lo + random.int(hi - lo + 1) : random.pick([lo - 1, hi + 1, ...NUMBERS]);
    }
    case 'string':
      if (schema.format === 'date')
        return random.chance(0.8)
          ? `202${random.int(8)}-0${1 + random.int(9)}-1${random.int(10)}`
          : random.pick(STRINGS);
      return random.chance(0.7)
        ? 'tekst'.slice(0, Math.max(1, Math.min(5, schema.maxLength ?? 5)))
        : random.pick(STRINGS);
    case 'array': {
      const length = random.chance(0.9) ? random.int(4) : random.pick([0, 50, 500]);
      const items = Array.from({ length }, () => valueFor(schema.items as Schema, random, depth + 1));
      return schema.uniqueItems && random.chance(0.8)
        ? [...new Set(items.map((i) => JSON.stringify(i)))].map((i) => JSON.parse(i))
        : items;
    }
    case 'object':
      return Object.fromEntries(
        Object.entries((schema.properties ?? {}) as Record<string, Schema>)
          .filter(() => random.chance(0.8))
          .map(([name, child]) => [name, valueFor(child, random, depth + 1)]),
      );
    default:
      return random.pick([null, ...STRINGS.slice(0, 3), 1, true]);
  }
}

function wrongValue(random: Random): unknown {
  return random.pick([
    null,
    true,
    false,
    0,
    -1,
    1.5,
    '',
    'x',
    [],
    {},
    [1, 2],
    { a: 1 },
    'a'.repeat(100_000),
    JSON.parse('{"__proto__": {"x": 1}}'),
  ]);
}

/**
 * A fuzzed submission for a form: a known valid example, or one built from the schema, with random
 * changes — fields dropped, wrong types, values out of range, unknown keys, `__proto__`, huge strings.
 */
export function generateSubmission(
  form: FormDefinition,
  valid: Record<string, unknown>[],
  random: Random,
): unknown {
  if (random.chance(0.02)) return random.pick([null, [], 'data', 42, [valid[0]]]);
  const base: Record<string, unknown> =
    valid.length > 0 && random.chance(0.6)
      ? structuredClone(random.pick(valid))
      : (valueFor(form.schema, random) as Record<string, unknown>);
  const fields = Object.keys(form.schema.properties ?? {});
  const changes = random.chance(0.25) ? 0 : 1 + random.int(3);
  for (let i = 0; i < changes; i++) {
    const field = random.pick(fields);
    switch (random.int(6)) {
      case 0:
        delete base[field];
        break;
      case 1:
        base[field] = wrongValue(random);
        break;
      case 2:
        base[field] = valueFor((form.schema.properties as Record<string, Schema>)[field], random);
        break;
      case 3:
        base[random.pick(['extra', 'constructor', 'toString', '', 'x'.repeat(300)])] = wrongValue(random);
        break;
      case 4:
        Object.defineProperty(base, '__proto__', {
          value: { polluted: true },
          enumerable: true,
          configurable: true,
          writable: true,
        });
        break;
      default:
        base[field] = valueFor((form.schema.properties as Record<string, Schema>)[field], random);
    }
  }
  return base;
}

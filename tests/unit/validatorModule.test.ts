import { describe, expect, it } from 'vitest';
import { loadLibrary, type FormDefinition, type JsonSchema } from '../../runtime';
import { compileFormValidators } from '../../runtime/forms/compileFormValidators';
import { toFormValidators } from '../../runtime/forms/FormValidators';
import { validatorRequire } from '../../runtime/validation/validatorRequire';
import { toValidatorModule } from '../../server/validators/toValidatorModule';
import { createRandom } from '../fuzz/fuzzSettings';
import { generateHostileDefinition } from '../fuzz/generateHostileDefinition';
import { readSeedSources } from './loadSeedLibrary';

type Global = typeof globalThis & { __pwned?: unknown };

/** Imports a generated module as the browser does (an ES module; a data: URL stands in for the origin). */
async function importModule(code: string) {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    default: (require: (name: string) => unknown) => Record<string, unknown>;
  };
  return toFormValidators(module.default(validatorRequire));
}

/** Strings that would run code if a generator pasted them into JavaScript unescaped. */
const HOSTILE = [
  '"); globalThis.__pwned = 1; ("',
  "'); globalThis.__pwned = 1; ('",
  '`; globalThis.__pwned = 1; `',
  '${globalThis.__pwned = 1}',
  '*/ globalThis.__pwned = 1; /*',
  '\u2028globalThis.__pwned = 1;\u2029',
  '</script><script>globalThis.__pwned = 1</script>',
  '\\"; globalThis.__pwned = 1; //',
  '\n}; globalThis.__pwned = 1; {\n',
];
/** A literal regular expression for `text` (valid with the `u` flag, which ajv uses). */
const toPattern = (text: string) => `^${text.replace(/[\^$\\.*+?()[\]{}|/]/g, '\\$&')}$`;

describe('validator modules generated for the browser', () => {
  it('embed hostile strings in a schema as data: loading and running the module runs none of them', async () => {
    for (const hostile of HOSTILE) {
      const schema: JsonSchema = {
        title: hostile,
        type: 'object',
        required: [hostile],
        properties: {
          [hostile]: { type: 'string', description: hostile, pattern: toPattern(hostile), enum: [hostile] },
          choice: { type: 'string', oneOf: [{ const: hostile, title: hostile }, { const: 'b' }] },
        },
        $defs: { [hostile]: { const: hostile } },
      };
      const code = toValidatorModule(schema);
      expect(code).not.toMatch(/\beval\s*\(|\bFunction\s*\(/);
      const validators = await importModule(code);
      expect(validators.validate({ [hostile]: hostile, choice: hostile })).toBe(true);
      expect(validators.validate({ [hostile]: 'x' })).toBe(false);
      expect([...validators.subschemas.values()].some((v) => v(hostile))).toBe(true);
      expect((globalThis as Global).__pwned).toBeUndefined();
    }
  }, 60_000);

  it('validate the seed forms exactly as the validators compiled in Node do', async () => {
    const forms = readSeedSources().filter((s) => s.source.startsWith('forms/'));
    const random = createRandom(20261123);
    for (const { content } of forms.slice(0, 12)) {
      const schema = (content as FormDefinition).schema;
      const generated = await importModule(toValidatorModule(schema));
      const compiled = compileFormValidators(schema);
      expect([...generated.subschemas.keys()]).toEqual([...compiled.subschemas.keys()]);
      for (const data of [{}, { x: random.int(9) }, 'not a form']) {
        expect(generated.validate(data)).toBe(compiled.validate(data));
        expect(generated.validate.errors).toEqual(compiled.validate.errors);
      }
    }
  }, 60_000);

  it('are generated without running anything for hostile form definitions the loader accepts', async () => {
    const base = readSeedSources().find((s) => s.source.includes('F09-epds'))!;
    const random = createRandom(1123);
    let generatedCount = 0;
    for (let i = 0; i < 60; i++) {
      const content = generateHostileDefinition(base.content, random);
      const { issues } = loadLibrary([{ source: base.source, content }]);
      if (issues.length > 0) continue;
      const validators = await importModule(toValidatorModule((content as FormDefinition).schema));
      validators.validate({});
      generatedCount += 1;
    }
    expect(generatedCount).toBeGreaterThan(0);
    expect((globalThis as Global).__pwned).toBeUndefined();
  }, 60_000);
});

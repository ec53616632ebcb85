import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../runtime';
import { checkForm } from '../../runtime/definitions/checkForm';
import { checkMetaSchema } from '../../runtime/definitions/checkMetaSchema';
import { compileForm } from '../../runtime/forms/compileForm';
import { FIELD_TYPES } from '../../runtime/forms/fields';
import { createAjv } from '../../runtime/validation/createAjv';
import { createCommandStack } from '../../editor/features/editing/createCommandStack';
import { createEmptyForm } from '../../editor/features/forms/createEmptyForm';
import {
  addField,
  duplicateField,
  moveField,
  removeField,
  renameField,
  setComputed,
  setVisibility,
  updateField,
} from '../../editor/features/forms/model/formEdits';
import { readField } from '../../editor/features/forms/model/formPaths';
import { toFormCommand } from '../../editor/features/forms/model/toFormCommand';
import { flattenFields, toFieldTree } from '../../editor/features/forms/model/toFieldTree';
import { toRuleFields } from '../../editor/features/forms/model/toRuleFields';
import { toJsonLogic } from '../../editor/features/rules/toJsonLogic';
import type { BuilderQuery } from '../../editor/features/rules/ruleTypes';

/** A small seeded generator (mulberry32): every run makes the same "random" edits, so failures reproduce. */
function createRandom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

type Edit = { label: string; edit: (doc: FormDefinition) => FormDefinition };

/** One random builder edit, as the UI makes them (a command on the current form). */
function randomEdit(doc: FormDefinition, random: ReturnType<typeof createRandom>): Edit {
  const fields = flattenFields(toFieldTree(doc));
  const containers = ['', ...fields.filter((field) => field.type.container).map((field) => field.path)];
  const field = fields.length > 0 ? random.pick(fields) : undefined;
  const kind = field
    ? random.pick([
        'add',
        'add',
        'remove',
        'move',
        'duplicate',
        'rename',
        'properties',
        'rule',
        'sum',
      ] as const)
    : 'add';
  const index = Math.floor(random.next() * 6);
  switch (kind) {
    case 'add': {
      const type = random.pick(FIELD_TYPES);
      const parent = random.pick(containers);
      return {
        label: `add ${type.id} to '${parent}'`,
        edit: (current) => addField(current, parent, index, type.id).doc,
      };
    }
    case 'remove':
      return { label: `remove ${field!.path}`, edit: (current) => removeField(current, field!.path) };
    case 'move': {
      const parent = random.pick(containers);
      return {
        label: `move ${field!.path} to '${parent}' at ${index}`,
        edit: (current) => moveField(current, field!.path, parent, index),
      };
    }
    case 'duplicate':
      return {
        label: `duplicate ${field!.path}`,
        edit: (current) => duplicateField(current, field!.path).doc,
      };
    case 'rename': {
      const key = random.pick(['name', 'other', 'x1', 'total', field!.key]);
      return {
        label: `rename ${field!.path} to ${key}`,
        edit: (current) => renameField(current, field!.path, key),
      };
    }
    case 'properties':
      return {
        label: `edit ${field!.path}`,
        edit: (current) => {
          const node = readField(current, field!.path)!;
          const properties = field!.type.read(node);
          const next = {
            ...properties,
            label: `Ny etiket ${index}`,
            labelEn: `New label ${index}`,
            required: random.next() < 0.5,
          };
          return updateField(current, field!.path, field!.type.apply(node, next));
        },
      };
    case 'rule': {
      const candidates = toRuleFields(doc, toFieldTree(doc), 'da', { except: field!.path });
      if (candidates.length === 0 || field!.path.includes('[]'))
        return { label: 'nothing', edit: (current) => current };
      const target = random.pick(candidates);
      const value =
        target.options?.[0]?.value ??
        (target.type === 'boolean'
          ? 'true'
          : target.type === 'string' || target.type === 'date'
            ? '2024-01-01'
            : 3);
      const operator = target.multiple ? 'contains' : random.pick(['=', '!=', 'notNull']);
      const query = { combinator: 'and', rules: [{ field: target.name, operator, value }] } as BuilderQuery;
      const rule = toJsonLogic(query, candidates);
      return {
        label: `rule on ${field!.path}`,
        edit: (current) => setVisibility(current, field!.path, rule),
      };
    }
    case 'sum': {
      const numbers = toRuleFields(doc, toFieldTree(doc), 'da').filter(
        (candidate) =>
          candidate.name.startsWith('data.') && candidate.type === 'integer' && !candidate.options,
      );
      return {
        label: 'sum',
        edit: (current) =>
          setComputed(current, `sum${index}`, {
            title: { da: 'Sum', en: 'Sum' },
            expr: { '+': numbers.map((number) => ({ var: number.name })) },
          }),
      };
    }
  }
}

function expectValid(doc: FormDefinition, context: string) {
  expect(checkMetaSchema(doc, 'builder'), context).toEqual([]);
  expect(checkForm(doc, 'builder'), context).toEqual([]);
  expect(() => compileForm(doc, createAjv()), context).not.toThrow();
}

const folder = join(import.meta.dirname, '../../definitions/forms');
const seeds = readdirSync(folder)
  .slice(0, 8)
  .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as FormDefinition);

describe('random edit sequences in the form builder', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'keep a new form valid, and undo gives back every step (seed %i)',
    (seed) => {
      const random = createRandom(seed);
      let stack = createCommandStack(createEmptyForm('F99-random', 'Tilfældigt skema'));
      const history: FormDefinition[] = [stack.doc];
      const labels: string[] = [];
      for (let step = 0; step < 60; step++) {
        const { label, edit } = randomEdit(stack.doc, random);
        labels.push(label);
        stack = stack.run(toFormCommand(label, edit));
        history.push(stack.doc);
        expectValid(stack.doc, labels.join(' → '));
      }
      for (let step = history.length - 1; step > 0; step--) {
        if (history[step] === history[step - 1]) continue;
        stack = stack.undo();
        expect(stack.doc).toBe(history[step - 1]);
      }
    },
  );

  it.each(seeds.map((form) => [form.id, form] as const))('keep the seed form %s valid', (id, form) => {
    const random = createRandom(id.length);
    let doc = form;
    const labels: string[] = [];
    for (let step = 0; step < 30; step++) {
      const { label, edit } = randomEdit(doc, random);
      labels.push(label);
      doc = edit(doc);
      expectValid(doc, labels.join(' → '));
    }
  });

  it('moves an instrument out of a section with its computed total following it', () => {
    let doc = addField(createEmptyForm('F99-move', 'Flyt'), '', 0, 'section').doc;
    doc = addField(doc, 'section', 0, 'instrument').doc;
    expect(doc.computed?.instrumentTotal?.expr).toEqual({
      '+': ['item1', 'item2', 'item3'].map((item) => ({ var: `data.section.instrument.${item}` })),
    });
    doc = moveField(doc, 'section.instrument', '', 1);
    expect(doc.computed?.instrumentTotal?.expr).toEqual({
      '+': ['item1', 'item2', 'item3'].map((item) => ({ var: `data.instrument.${item}` })),
    });
    expectValid(doc, 'move');
    // Removing an item takes it out of the total too.
    doc = removeField(doc, 'instrument.item2');
    expect(doc.computed?.instrumentTotal?.expr).toEqual({
      '+': ['item1', 'item3'].map((item) => ({ var: `data.instrument.${item}` })),
    });
  });
});

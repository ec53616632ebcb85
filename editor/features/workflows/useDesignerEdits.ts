import { useMemo } from 'react';
import type { WorkflowDefinition } from '../../../runtime';
import type { Command } from '../editing/createCommandStack';
import {
  addState,
  addTransition,
  deleteState,
  deleteTransition,
  moveTransition,
  renameState,
  setInitial,
  setTransitionEvent,
  setTransitionTarget,
  updateState,
  updateTransition,
} from './model/editWorkflow';
import type { XStateImport } from './model/fromXStateConfig';
import type { Selection } from './model/Selection';
import { toCommand } from './model/toCommand';
import type { StateEdits } from './panels/StatePanel';
import type { TransitionEdits } from './panels/TransitionPanel';
import type { WorkflowsText } from './text';

const nameOf = (path: string) => path.split('.').at(-1) ?? path;

/** Every designer edit as a typed command on the draft; selection follows renames, deletions and moves. */
export function useDesignerEdits(
  run: (command: Command<WorkflowDefinition>) => void,
  text: WorkflowsText['commands'],
  select: (selection: Selection | undefined) => void,
) {
  return useMemo(() => {
    const edit = (label: string, update: (d: WorkflowDefinition) => WorkflowDefinition) =>
      run(toCommand(label, update));
    const state: StateEdits = {
      editState: (path, label, update) => edit(label, (d) => updateState(d, path, update)),
      pinForm: (path, refs, pin) =>
        edit(text.editState(nameOf(path)), (d) => {
          const pinned = pin ? { ...d, forms: { ...d.forms, [pin.id]: pin.version } } : d;
          return updateState(pinned, path, (s) => {
            const { forms: _old, ...meta } = s.meta ?? {};
            const forms = refs.map((r) => (Object.keys(r).length === 1 ? r.id : r));
            return { ...s, meta: forms.length > 0 ? { ...meta, forms } : meta };
          });
        }),
      rename: (path, name) => {
        if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(name)) return;
        edit(text.renameState(nameOf(path), name), (d) => renameState(d, path, name));
        const parent = path.split('.').slice(0, -1).join('.');
        select({ kind: 'state', path: parent ? `${parent}.${name}` : name });
      },
      remove: (path) => {
        edit(text.deleteState(nameOf(path)), (d) => deleteState(d, path));
        select(undefined);
      },
      makeInitial: (path) => edit(text.setInitial(nameOf(path)), (d) => setInitial(d, path)),
      addTransition: (source, event, target) => {
        edit(text.addTransition(event), (d) => addTransition(d, source, event, target));
      },
    };
    const transition: TransitionEdits = {
      update: (ref, label, update) => edit(label, (d) => updateTransition(d, ref, update)),
      setEvent: (ref, event) => {
        edit(text.editTransition(event), (d) => setTransitionEvent(d, ref, event));
        select(undefined);
      },
      setTarget: (ref, target) =>
        edit(text.editTransition(ref.event || ref.kind), (d) => setTransitionTarget(d, ref, target)),
      move: (ref, offset) => {
        edit(text.editTransition(ref.event || ref.kind), (d) => moveTransition(d, ref, offset));
        select({ kind: 'transition', ref: { ...ref, index: ref.index + offset } });
      },
      remove: (ref) => {
        edit(text.deleteTransition(ref.event || ref.kind), (d) => deleteTransition(d, ref));
        select(undefined);
      },
      declareEvent: (name, title, manual) =>
        edit(text.declareEvent(name), (d) => ({ ...d, events: { ...d.events, [name]: { title, manual } } })),
    };
    const addStateAt = (parent: string, name: string, title: { da: string; en: string }) => {
      edit(text.addState(name), (d) => addState(d, parent, name, { meta: { title } }));
      select({ kind: 'state', path: parent ? `${parent}.${name}` : name });
    };
    const moveState = (path: string, position: { x: number; y: number }) =>
      edit(text.moveState(nameOf(path)), (d) =>
        updateState(d, path, (s) => ({ ...s, meta: { ...s.meta, layout: position } })),
      );
    const clearLayout = () =>
      edit(text.moveState('*'), (d) => {
        const strip = (
          states: WorkflowDefinition['machine']['states'],
        ): WorkflowDefinition['machine']['states'] =>
          Object.fromEntries(
            Object.entries(states).map(([name, s]) => {
              const next = { ...s };
              if (next.meta?.layout) {
                const { layout: _layout, ...meta } = next.meta;
                if (Object.keys(meta).length > 0) next.meta = meta;
                else delete next.meta;
              }
              if (next.states) next.states = strip(next.states);
              return [name, next];
            }),
          );
        return { ...d, machine: { ...d.machine, states: strip(d.machine.states) } };
      });
    const importMachine = (result: XStateImport) =>
      edit(text.importMachine, (d) => {
        const events = { ...d.events };
        for (const name of result.events) events[name] ??= { title: { da: name, en: name }, manual: true };
        return { ...d, machine: result.machine, events };
      });
    const setParameters = (parameters: WorkflowDefinition['parameters']) =>
      edit(text.editParameters, (d) => {
        const { parameters: _old, ...rest } = d;
        return parameters ? { ...rest, parameters } : rest;
      });
    return { state, transition, addStateAt, moveState, clearLayout, importMachine, setParameters };
  }, [run, text, select]);
}

import type {
  EventDefinition,
  JsonSchema,
  LocalizedText,
  MachineConfig,
  StateConfig,
  TransitionConfig,
  WorkflowDefinition,
} from '../../../runtime';
import { getStateConfig } from '../../../runtime/workflow/statePaths';

/** A field of an event's payload (e.g. a withdrawal's reason), read from the event's JSON Schema. */
export interface EventField {
  name: string;
  /** The schema's own title, when it has one. */
  title?: string;
  required: boolean;
  maxLength?: number;
  /** Allowed codes, for a choice. */
  options?: string[];
}

/** A manual event the pathway accepts now: a button on the family page. */
export interface ManualEvent {
  type: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Ends or cancels something (a final state follows, or the event's name says so): ask before sending. */
  ends: boolean;
  fields: EventField[];
}

/** Event names that end or cancel something even when the next state is not final (e.g. "ended early"). */
const ENDING_NAME = /(^|_)(WITHDRAW|CANCEL|CANCELLED|CLOSE|END|ENDED|NOT_HELD|NOT_EXAMINED|NOT_OFFERED)(_|$)/;

/**
 * The workflow's manual events that the pathway accepts in its current states: those that an active state,
 * or one of its ancestors (the machine itself included), has an `on` entry for. Guards are not evaluated:
 * the server answers 409 when none of the transitions is enabled.
 */
export function getManualEvents(definition: WorkflowDefinition, leafPaths: string[]): ManualEvent[] {
  const machine = definition.machine;
  const sources = toSourceStates(machine, leafPaths);
  const result: ManualEvent[] = [];
  for (const [type, event] of Object.entries(definition.events ?? {})) {
    if (!event.manual) continue;
    const transitions = sources.flatMap(({ path, on }) =>
      on[type] === undefined ? [] : toTransitions(on[type]).map((t) => ({ from: path, transition: t })),
    );
    if (transitions.length === 0) continue;
    const endsInFinal = transitions.some(
      ({ from, transition }) => resolveTarget(machine, from, transition)?.type === 'final',
    );
    result.push({
      type,
      title: event.title,
      ...(event.description ? { description: event.description } : {}),
      ends: endsInFinal || ENDING_NAME.test(type),
      fields: toEventFields(event),
    });
  }
  // What moves the pathway on comes first; what ends or cancels it last.
  return [...result.filter((e) => !e.ends), ...result.filter((e) => e.ends)];
}

interface SourceState {
  /** Dotted path; '' for the machine itself. */
  path: string;
  on: Record<string, TransitionConfig | TransitionConfig[] | string>;
}

/** The active states and all their ancestors, each once, with their `on` maps. */
function toSourceStates(machine: MachineConfig, leafPaths: string[]): SourceState[] {
  const paths = new Set<string>();
  for (const leaf of leafPaths) {
    const parts = leaf.split('.');
    for (let i = 1; i <= parts.length; i++) paths.add(parts.slice(0, i).join('.'));
  }
  const sources: SourceState[] = machine.on ? [{ path: '', on: machine.on }] : [];
  for (const path of paths) {
    const on = getStateConfig(machine, path)?.on;
    if (on) sources.push({ path, on });
  }
  return sources;
}

function toTransitions(config: TransitionConfig | TransitionConfig[] | string): TransitionConfig[] {
  return Array.isArray(config) ? config : [config];
}

/**
 * The state a transition leads to, resolved as XState does for JSON targets: `.child` of the source state,
 * otherwise a sibling (a dotted `sibling.child` too). `#id` targets and targetless transitions give undefined.
 */
function resolveTarget(
  machine: MachineConfig,
  from: string,
  transition: TransitionConfig,
): StateConfig | undefined {
  const target = typeof transition === 'string' ? transition : transition.target;
  if (!target || target.startsWith('#')) return undefined;
  if (target.startsWith('.')) return getStateConfig(machine, join(from, target.slice(1)));
  const parent = from.includes('.') ? from.slice(0, from.lastIndexOf('.')) : '';
  return getStateConfig(machine, join(parent, target));
}

function join(prefix: string, path: string): string {
  return prefix ? `${prefix}.${path}` : path;
}

/** The payload fields a worker can fill in: string properties of the event's schema (free text or a choice). */
function toEventFields(event: EventDefinition): EventField[] {
  const schema = event.schema;
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(schema?.required) ? (schema.required as string[]) : []);
  return Object.entries(properties).flatMap(([name, property]) => {
    if (property.type !== 'string' || property.format) return [];
    const options = Array.isArray(property.enum) ? property.enum.map(String) : undefined;
    return [
      {
        name,
        ...(typeof property.title === 'string' ? { title: property.title } : {}),
        required: required.has(name),
        ...(typeof property.maxLength === 'number' ? { maxLength: property.maxLength } : {}),
        ...(options ? { options } : {}),
      },
    ];
  });
}

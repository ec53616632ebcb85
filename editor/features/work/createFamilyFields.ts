import type { Dictionary } from '../../i18n/Dictionary';

export type FamilyKind = 'pregnant' | 'child';
export type FamilyField = 'parentName' | 'dueDate' | 'unbornName' | 'childName' | 'birthDate' | 'familyName';

export interface FamilyFieldSpec {
  field: FamilyField;
  id: string;
  label: string;
  hint?: string;
  type: 'text' | 'date';
  required: boolean;
  /** The request paths the server names in a 422 for this field. */
  serverPaths: string[];
}

/** The inputs of "register family" for each kind of registration, in order. */
export function createFamilyFields(kind: FamilyKind, t: Dictionary): FamilyFieldSpec[] {
  const c = t.createFamily;
  const familyName: FamilyFieldSpec = {
    field: 'familyName',
    id: 'family-name',
    label: c.familyName,
    hint: c.familyNameHint,
    type: 'text',
    required: false,
    serverPaths: ['name'],
  };
  if (kind === 'pregnant') {
    return [
      {
        field: 'parentName',
        id: 'family-parent-name',
        label: c.pregnantName,
        type: 'text',
        required: true,
        serverPaths: ['members.0.name'],
      },
      {
        field: 'dueDate',
        id: 'family-due-date',
        label: c.dueDate,
        hint: c.dueDateHint,
        type: 'date',
        required: true,
        serverPaths: ['members.1.dueDate', 'members.1.birthDate'],
      },
      {
        field: 'unbornName',
        id: 'family-unborn-name',
        label: c.unbornName,
        hint: c.unbornNameHint,
        type: 'text',
        required: false,
        serverPaths: ['members.1.name'],
      },
      familyName,
    ];
  }
  return [
    {
      field: 'childName',
      id: 'family-child-name',
      label: c.childName,
      type: 'text',
      required: true,
      serverPaths: ['members.0.name'],
    },
    {
      field: 'birthDate',
      id: 'family-birth-date',
      label: c.birthDate,
      type: 'date',
      required: true,
      serverPaths: ['members.0.birthDate'],
    },
    familyName,
  ];
}

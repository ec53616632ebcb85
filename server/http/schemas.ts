import type { JsonSchema } from '../../runtime';

// Request and response schemas: used to validate requests and to describe them in the OpenAPI document.

const isoDate: JsonSchema = { type: 'string', format: 'date', description: 'ISO date, YYYY-MM-DD' };
const text: JsonSchema = {
  type: 'object',
  required: ['da', 'en'],
  properties: { da: { type: 'string' }, en: { type: 'string' } },
};
const name: JsonSchema = { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' };

export const memberInput: JsonSchema = {
  type: 'object',
  required: ['role', 'name'],
  additionalProperties: false,
  properties: {
    role: { enum: ['pregnant', 'mother', 'father', 'parent', 'child'] },
    name,
    birthDate: isoDate,
    dueDate: isoDate,
  },
};

export const loginInput: JsonSchema = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', minLength: 1, maxLength: 100 },
    password: { type: 'string', minLength: 1, maxLength: 200 },
  },
};

export const familyInput: JsonSchema = {
  type: 'object',
  required: ['members'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', maxLength: 200 },
    district: {
      type: 'string',
      minLength: 1,
      maxLength: 100,
      description: 'The municipal district (distrikt)',
    },
    members: { type: 'array', minItems: 1, maxItems: 20, items: memberInput },
  },
};

export const birthInput: JsonSchema = {
  type: 'object',
  required: ['birthDate'],
  additionalProperties: false,
  properties: { birthDate: isoDate },
};

export const startPathwayInput: JsonSchema = {
  type: 'object',
  required: ['workflowId', 'childId'],
  additionalProperties: false,
  properties: {
    workflowId: { type: 'string', minLength: 1, maxLength: 100 },
    childId: { type: 'string', minLength: 1, maxLength: 100 },
    params: {
      type: 'object',
      maxProperties: 100,
      description: "Values for the workflow's parameters (defaults otherwise)",
    },
  },
};

export const submissionInput: JsonSchema = {
  type: 'object',
  required: ['formId', 'data'],
  additionalProperties: false,
  properties: { formId: { type: 'string', minLength: 1, maxLength: 100 }, data: { type: 'object' } },
};

export const correctionInput: JsonSchema = {
  type: 'object',
  required: ['data', 'reason'],
  additionalProperties: false,
  properties: {
    data: { type: 'object' },
    reason: {
      type: 'string',
      minLength: 1,
      maxLength: 1000,
      pattern: '\\S',
      description: 'Why the answers are corrected',
    },
  },
};

export const eventInput: JsonSchema = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string', pattern: '^[A-Z][A-Z0-9_]{0,63}$' } },
};

export const member: JsonSchema = {
  type: 'object',
  required: ['id', 'role', 'name'],
  properties: {
    id: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    birthDate: isoDate,
    dueDate: isoDate,
  },
};

export const user: JsonSchema = {
  type: 'object',
  required: ['id', 'username', 'name', 'roles'],
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    name: { type: 'string' },
    roles: { type: 'array', items: { type: 'string' } },
  },
};

export const pathwayView: JsonSchema = {
  type: 'object',
  required: [
    'id',
    'familyId',
    'childId',
    'workflow',
    'status',
    'steps',
    'formsDue',
    'due',
    'flags',
    'version',
  ],
  properties: {
    id: { type: 'string' },
    familyId: { type: 'string' },
    childId: { type: 'string' },
    workflow: {
      type: 'object',
      properties: { id: { type: 'string' }, version: { type: 'integer' }, title: text },
    },
    status: { enum: ['active', 'done'] },
    steps: { type: 'array', items: { type: 'object' } },
    formsDue: { type: 'array', items: { type: 'object' } },
    due: { type: 'array', items: { type: 'object' } },
    flags: { type: 'array', items: { type: 'object' } },
    finalState: { type: 'object' },
    startedAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    version: { type: 'integer' },
  },
};

export const familyView: JsonSchema = {
  type: 'object',
  required: ['id', 'name', 'members', 'createdAt', 'pathways'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    members: { type: 'array', items: member },
    createdAt: { type: 'string', format: 'date-time' },
    pathways: { type: 'array', items: pathwayView },
  },
};

export const submission: JsonSchema = {
  type: 'object',
  required: ['id', 'formId', 'formVersion', 'data', 'computed', 'submittedAt', 'submittedBy'],
  properties: {
    id: { type: 'string' },
    pathwayId: { type: 'string' },
    formId: { type: 'string' },
    formVersion: { type: 'integer' },
    data: { type: 'object' },
    computed: { type: 'object' },
    submittedAt: { type: 'string', format: 'date-time' },
    submittedBy: { type: 'string' },
  },
};

export const timelineEntry: JsonSchema = {
  type: 'object',
  required: ['id', 'at', 'kind', 'summary'],
  properties: {
    id: { type: 'string' },
    at: { type: 'string' },
    kind: { type: 'string' },
    summary: text,
    pathwayId: { type: 'string' },
  },
};

export const problem: JsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

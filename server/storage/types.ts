// The storage port and what it stores, one file per concern; imported from here.
export * from './familyTypes';
export * from './userTypes';
export * from './definitionTypes';
export * from './migrationTypes';
export * from './StorageAdapter';

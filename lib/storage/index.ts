export * from './card';
export * from './corpus';
export * from './db';
export * from './import';
export { flattenRecords, groupRecords } from './records';
export * from './settings';

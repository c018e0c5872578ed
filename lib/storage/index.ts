export * from './card';
export * from './corpus';
export * from './db';
export * from './import';
export { BUCKETS, bucketKey, flattenPeople, flattenRecords, groupPeople, groupRecords } from './records';
export * from './settings';

export * from './card';
export * from './corpus';
export * from './db';
export * from './import';
export { BUCKETS, bucketKey, flattenArticles, flattenPeople, flattenRecords, groupArticles, groupPeople, groupRecords } from './records';
export * from './settings';

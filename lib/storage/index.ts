export * from './card';
export * from './corpus';
export * from './db';
export * from './import';
export * from './settings';

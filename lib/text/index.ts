export * from './normalize';
export * from './search';
export * from './sentences';
export * from './tokenize';
export * from './translit';

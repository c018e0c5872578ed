export * from './normalize';
export * from './sentences';
export * from './tokenize';
export * from './translit';

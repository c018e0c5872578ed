export * from './pack';
export { extractArticle, extractCorpus } from './pipeline';
export * from './types';

export * from './markdown-text';

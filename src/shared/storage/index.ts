export * from './storage-writer';

export { buildDecisionRecord, type DecisionRecord, type RecordChoice, type RecordOption } from './build-record';
export { toDecisionRecordData } from './record-data';
export * from './record-fields';
export * from './record-link';
export { type MarkdownOptions, recordToMarkdown } from './record-markdown';
export * from './record-page';
export * from './types';

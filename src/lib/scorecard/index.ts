export * from './catalog';
export * from './decision-table';
export * from './edit-state';
export * from './export-table';
export * from './robustness';
export * from './scorecard-data';
export * from './state-codec';
export * from './weighted-ranking';

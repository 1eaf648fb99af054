export * from './catalog';
export * from './decision-table';
export * from './robustness';
export * from './state-codec';
export * from './weighted-ranking';

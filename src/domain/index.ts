export * from './ids.js';
export * from './partial-date.js';
export * from './number-range.js';
export * from './claim.js';
export * from './entities.js';
export * from './dataset-file.js';

export * from './constants.js';
export * from './slug.js';
export * from './errors.js';
export * from './feedback.js';
export * from './admin.js';

export * from './errors.js';
export * from './events.js';
export * from './lead.js';
export * from './ledger.js';
export * from './limits.js';
export * from './models.js';
export * from './staff.js';

export * from './edition.ts';
export * from './errors.ts';
export * from './dates.ts';
export * from './money.ts';
export * from './certificates.ts';
export * from './refunds.ts';

export * from './schema';
export * from './helpers';

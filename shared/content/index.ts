export * from './schema';
export * from './helpers';
export * from './rich-text';

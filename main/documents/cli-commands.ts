import type { Command } from '../cli/command';

/** CLI commands of the documents feature (export). */
export const documentCommands: Readonly<Record<string, Command>> = {};

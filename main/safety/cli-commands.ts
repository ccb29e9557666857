import type { Command } from '../cli/command';

/** CLI commands of backups and session files (backup, restore, bundle). */
export const safetyCommands: Readonly<Record<string, Command>> = {};

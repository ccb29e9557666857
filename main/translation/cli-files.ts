import fs from 'node:fs';
import path from 'node:path';
import { refuse } from '../../shared/api/errors';
import { usageError, type ParsedArgs } from '../cli/options';
import { userPath } from '../platform/project-paths';

/* The translation commands' files: read and written here, in main; the procedures get base64 and give bytes. */

/** The one .docx file the command names, as base64; refused when it is missing, not a file or over 20 MB. */
export function readDocxFile(parsed: ParsedArgs): string {
  if (parsed.positional.length !== 1) usageError('FILE', 'give one .docx file');
  const file = userPath(parsed.positional[0]!);
  if (!fs.existsSync(file)) refuse('bad_file', 'FILE', `there is no file at ${file}`);
  const stat = fs.statSync(file);
  if (!stat.isFile()) refuse('bad_file', 'FILE', `${file} is not a file`);
  if (stat.size > 20 * 1024 * 1024) refuse('bad_file', 'FILE', 'the file is larger than 20 MB');
  return fs.readFileSync(file).toString('base64');
}

export function writeFile(file: string, bytes: Uint8Array): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

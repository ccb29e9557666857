import crypto from 'node:crypto';
import { fail } from '../../shared/api/errors';
import type { Store } from '../store/open-database';

/*
 * Translators' files as `translation.inspect` read them, kept so that `translation.receive` takes the
 * inspection's handle instead of the same file again: a file is uploaded and read once. Held in
 * memory a while (the user reads the report, decides), a few at a time, for the file's own target.
 */

const LIFETIME_MS = 30 * 60 * 1000;
const MAX_KEPT = 8;

interface Kept<T> {
  target: string;
  read: T;
  until: number;
}

export class InspectedFiles<T> {
  private readonly kept = new Map<string, Kept<T>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps what was read from a file for `target` (a document's language version); answers its handle. */
  keep(target: string, read: T): string {
    this.expire();
    while (this.kept.size >= MAX_KEPT) this.kept.delete(this.kept.keys().next().value!);
    const handle = crypto.randomBytes(24).toString('hex');
    this.kept.set(handle, { target, read, until: this.now() + LIFETIME_MS });
    return handle;
  }

  /** What was read under `handle`, for the same target; refused (located at `handle`) when gone or another's. */
  find(handle: string, target: string): T {
    this.expire();
    const kept = this.kept.get(handle);
    if (!kept)
      return fail('not_found', [{ path: 'handle', message: 'no such inspection (it expired): choose the file again' }]);
    if (kept.target !== target)
      return fail('validation', [{ path: 'handle', message: 'the file was inspected for another version' }]);
    return kept.read;
  }

  /** Forgets a file once it was received. */
  drop(handle: string): void {
    this.kept.delete(handle);
  }

  private expire(): void {
    const now = this.now();
    for (const [handle, kept] of this.kept) if (kept.until <= now) this.kept.delete(handle);
  }
}

/**
 * The inspect and receive handlers of one kind of translator's file (a document's, the session texts'):
 * the inspection keeps what it read under a handle; the receive takes that handle (or a file read anew)
 * and forgets it once the file is received.
 */
export function inspectThenReceive<
  File,
  Target,
  InspectInput extends Target & { file: File },
  ReceiveInput extends Target & { file?: File; handle?: string },
  Inspected extends object,
  Received,
>(
  targetOf: (input: Target) => string,
  inspect: (db: Store, input: InspectInput) => Promise<Inspected>,
  receive: (db: Store, input: ReceiveInput & { file: File }) => Promise<Received>,
) {
  const inspected = new InspectedFiles<File>();
  return {
    inspect: async (db: Store, input: InspectInput) => ({
      ...(await inspect(db, input)),
      handle: inspected.keep(targetOf(input), input.file),
    }),
    receive: async (db: Store, input: ReceiveInput) => {
      const file = input.file ?? inspected.find(input.handle!, targetOf(input));
      const received = await receive(db, { ...input, file });
      if (input.handle) inspected.drop(input.handle);
      return received;
    },
  };
}

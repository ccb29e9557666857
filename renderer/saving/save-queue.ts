import { STORAGE_ERROR_CODES, type ApiError, type ErrorCode } from '../../shared/api/errors';
import { toApiError } from '../api/api-error';

/**
 * What the "saved" indicator shows: every edit stored, edits waiting or on their way, a save that failed, or a
 * field holding what cannot be saved as typed (a half-typed date), which is kept on screen and never sent.
 */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'invalid';

export interface SaveSnapshot {
  status: SaveStatus;
  /** The last failure not yet followed by a successful save of the same record. */
  error: ApiError | null;
}

type Send = (patch: Record<string, unknown>) => Promise<unknown>;

/**
 * A patch value worked out when the save goes, not when it is scheduled: a long document is
 * converted and checked once per save instead of on every key press. `build` answers undefined to
 * leave the field out (it could not be saved as it stands; the screen says why).
 */
export class Later<T = unknown> {
  constructor(readonly build: () => T | undefined) {}
}

/** `patch` with each value given as it is or as `Later`. */
export type MaybeLater<P> = { [K in keyof P]: P[K] | Later<P[K]> };

/** The patch to send: each `Later` built; null when every field was left out. */
function built(patch: Record<string, unknown>): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  let left = 0;
  for (const [key, value] of Object.entries(patch)) {
    const ready = value instanceof Later ? value.build() : value;
    if (ready === undefined) left += 1;
    else out[key] = ready;
  }
  return left > 0 && Object.keys(out).length === 0 ? null : out;
}

interface Waiting {
  patch: Record<string, unknown>;
  send: Send;
  timer: ReturnType<typeof setTimeout> | null;
}

/** Failures that are not a refused input but a write that did not happen: always shown as "not saved". */
const NOT_SAVED = new Set<ErrorCode>([...STORAGE_ERROR_CODES, 'internal']);
export const isNotSaved = (error: ApiError): boolean => NOT_SAVED.has(error.code);

/** How long after the last keystroke an edit is sent: well under the one second the Secretariat was promised. */
export const SAVE_DELAY_MS = 400;

/**
 * Every edit of the screens goes through here. Edits of one record (`key`) are merged and sent
 * `SAVE_DELAY_MS` after the last one, one save at a time per record, in order; other writes
 * (create, delete, reorder) run through `run` so the indicator counts them too. `flush` sends
 * everything at once: on leaving a screen, hiding or closing the window.
 */
export class SaveQueue {
  private readonly waiting = new Map<string, Waiting>();
  private readonly chains = new Map<string, Promise<void>>();
  private readonly errors = new Map<string, ApiError>();
  private readonly held = new Set<string>();
  private inFlight = 0;
  private snapshot: SaveSnapshot = { status: 'saved', error: null };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly delayMs = SAVE_DELAY_MS) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SaveSnapshot => this.snapshot;

  /** True while anything is waiting or on its way. */
  get busy(): boolean {
    return this.waiting.size > 0 || this.inFlight > 0;
  }

  /** Merges `patch` into what waits for `key`, and sends it after the delay (`send` of the latest call wins). */
  schedule(key: string, patch: Record<string, unknown>, send: Send, delayMs = this.delayMs): void {
    const current = this.waiting.get(key);
    if (current?.timer) clearTimeout(current.timer);
    const entry: Waiting = { patch: { ...current?.patch, ...patch }, send, timer: null };
    entry.timer = setTimeout(() => this.sendNow(key), delayMs);
    this.waiting.set(key, entry);
    this.emit();
  }

  /**
   * Runs one write now, after any earlier save of the same key, and counts it in the status. Rejects
   * as the call does; the caller shows that failure where it happened (a refused create changes
   * nothing, so nothing is "not saved"), but a write the disk did not take (full, read-only) or that
   * failed inside is "not saved" in the indicator too. Edits sent from `schedule` have no caller
   * waiting: their failures show in the indicator until that record saves again.
   */
  run<T>(key: string, write: () => Promise<T>, reportFailure = false): Promise<T> {
    // An edit of the same key still waiting goes first: a delete never overtakes the rename before it.
    if (this.waiting.has(key)) this.sendNow(key);
    this.inFlight += 1;
    this.emit();
    const result = (this.chains.get(key) ?? Promise.resolve()).then(write);
    const settled = result.then(
      () => {
        this.errors.delete(key);
      },
      (error: unknown) => {
        const failure = toApiError(error);
        if (reportFailure || isNotSaved(failure)) this.errors.set(key, failure);
      },
    );
    const chain = settled.finally(() => {
      this.inFlight -= 1;
      if (this.chains.get(key) === chain) this.chains.delete(key);
      this.emit();
    });
    this.chains.set(key, chain);
    return result;
  }

  /** A field holds a value it will not send (`key` is the field's); the indicator says so until `release`. */
  hold(key: string): void {
    this.held.add(key);
    this.emit();
  }

  release(key: string): void {
    if (this.held.delete(key)) this.emit();
  }

  /** Sends every waiting edit now and resolves when every write has settled. */
  async flush(): Promise<void> {
    for (const key of [...this.waiting.keys()]) this.sendNow(key);
    await Promise.all([...this.chains.values()]);
  }

  /**
   * A write made outside the queue (a screen's own call): its failure shows as "not saved" until a
   * write of the same key succeeds (`error` null).
   */
  noteWrite(key: string, error: ApiError | null): void {
    if (error) this.errors.set(key, error);
    else if (!this.errors.delete(key)) return;
    this.emit();
  }

  /** Forgets the failure of a record (after the user saw it and the screen reloaded the truth). */
  clearErrors(): void {
    this.errors.clear();
    this.emit();
  }

  private sendNow(key: string): void {
    const entry = this.waiting.get(key);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    this.waiting.delete(key);
    const patch = built(entry.patch);
    if (!patch) return this.emit();
    this.run(key, () => entry.send(patch), true).catch(() => undefined);
  }

  private emit(): void {
    let status: SaveStatus;
    if (this.inFlight > 0) status = 'saving';
    else if (this.waiting.size > 0) status = 'pending';
    else if (this.errors.size > 0) status = 'error';
    else if (this.held.size > 0) status = 'invalid';
    else status = 'saved';
    const error = this.errors.size > 0 ? [...this.errors.values()].at(-1)! : null;
    if (status !== this.snapshot.status || error !== this.snapshot.error) {
      this.snapshot = { status, error: error ?? null };
      for (const listener of this.listeners) listener();
    }
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FloorState } from '../../shared/floor/floor-types';

/*
 * The floor survives a crash: the browser-mode host holds the store, the floor is given, the host is
 * killed with SIGKILL in the middle of the speech and started again on the same file. The same
 * speaker has the floor and the clock shows the time that passed meanwhile; a paused clock stays
 * where it stopped. `node --import tsx` rather than tsx's CLI, whose grandchild SIGKILL would not reach.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-floor-crash-'));
const dbFile = path.join(dir, 'floor.sqlite');
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Host {
  child: ChildProcess;
  call<T>(name: string, input: unknown): Promise<T>;
}

async function startHost(): Promise<Host> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'main/web/main.ts', '--db', dbFile, '--port', '0', '--no-build', '--demo', 'prepared'],
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  started.push(child);
  let output = '';
  const url = await new Promise<URL>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+/.exec(output);
      if (match) resolve(new URL(match[0]));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the host exited with ${code}:\n${output}`)));
  });
  const token = url.hash.replace('#token=', '');
  return {
    child,
    async call<T>(name: string, input: unknown): Promise<T> {
      const response = await fetch(new URL(`/api/${name}`, url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
  };
}

async function kill(host: Host): Promise<void> {
  const exited = new Promise((resolve) => host.child.once('exit', resolve));
  host.child.kill('SIGKILL');
  await exited;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the floor after kill -9', () => {
  it('has the same speaker, the clock advanced by the time that passed, a pause kept', async () => {
    let host = await startHost();
    const [session] = await host.call<{ id: string }[]>('sessions.list', {});
    const overview = await host.call<{ agendaItems: { id: string; kind: string }[] }>('sessions.overview', {
      id: session!.id,
    });
    const itemId = overview.agendaItems.find((i) => i.kind === 'dialogue')!.id;
    await host.call('floor.openItem', { sessionId: session!.id, itemId });
    const given = await host.call<FloorState>('floor.give', { sessionId: session!.id });
    const speech = given.current!;
    const startedAt = Date.parse(speech.startedAt);

    await sleep(1500);
    await kill(host);
    // the room goes on while the laptop restarts
    await sleep(2000);
    host = await startHost();
    const before = Date.now();
    const after = await host.call<FloorState>('floor.state', { sessionId: session!.id });
    const answered = Date.now();
    expect(after.current).toMatchObject({ id: speech.id, speakerId: speech.speakerId, startedAt: speech.startedAt });
    expect(after.current!.elapsedSeconds).toBeGreaterThanOrEqual(Math.floor((before - startedAt) / 1000));
    expect(after.current!.elapsedSeconds).toBeLessThanOrEqual(Math.floor((answered - startedAt) / 1000));
    expect(after.current!.elapsedSeconds).toBeGreaterThanOrEqual(3);
    expect(after.queue).toEqual(given.queue);

    const paused = await host.call<FloorState>('floor.pause', { sessionId: session!.id });
    await kill(host);
    await sleep(1500);
    host = await startHost();
    const still = await host.call<FloorState>('floor.state', { sessionId: session!.id });
    expect(still.current).toMatchObject({
      id: speech.id,
      paused: true,
      elapsedSeconds: paused.current!.elapsedSeconds,
    });
    await kill(host);
  }, 90_000);
});

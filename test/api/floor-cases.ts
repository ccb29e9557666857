import { invoke } from '../../main/services/handlers';
import type { FloorState } from '../../shared/floor/floor-types';
import type { Case, Ctx } from './procedure-cases';

const missing = '00000000-0000-4000-8000-000000000000';

const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(what);
};
const state = (v: unknown) => v as FloorState;

/** The panel opened on the floor: its six panelists queued. */
const opened = (c: Ctx) => invoke(c.db, 'floor.openItem', { sessionId: c.sessionId, itemId: c.panelId });
/** The first panelist has the floor. */
async function speaking(c: Ctx) {
  await opened(c);
  return invoke(c.db, 'floor.give', { sessionId: c.sessionId });
}
const uruguayFor3Minutes = (c: Ctx) => ({
  sessionId: c.sessionId,
  itemId: c.panelId,
  organizationId: c.memberStateId,
  startedAt: '2023-05-09T15:00:00Z',
  endedAt: '2023-05-09T15:03:00Z',
});

/** Happy and bad inputs of the floor's procedures (shared/api/floor-procedures.ts); none of the bad ones may change anything. */
export const FLOOR_CASES: Record<string, Case> = {
  'floor.state': {
    happy: (c) => ({ sessionId: c.sessionId }),
    expect: (v) => check(state(v).itemId === null && state(v).current === null, 'no item open yet'),
    bad: () => ({ sessionId: missing }),
    badCode: 'not_found',
  },
  'floor.openItem': {
    happy: (c) => ({ sessionId: c.sessionId, itemId: c.panelId }),
    expect: (v, c) =>
      check(
        state(v)
          .queue.map((q) => q.speakerId)
          .join() === c.speakerIds.join(),
        'the panel list, in its order',
      ),
    bad: (c) => ({ sessionId: c.sessionId, itemId: missing }),
    badCode: 'not_found',
  },
  'floor.give': {
    happy: async (c) => {
      await opened(c);
      return { sessionId: c.sessionId };
    },
    expect: (v, c) => check(state(v).current?.speakerId === c.speakerIds[0], 'the first panelist has the floor'),
    // no item is open yet
    bad: (c) => ({ sessionId: c.sessionId }),
    badCode: 'validation',
  },
  'floor.pause': {
    happy: async (c) => {
      await speaking(c);
      return { sessionId: c.sessionId };
    },
    expect: (v) => check(state(v).current?.paused === true, 'paused'),
    bad: (c) => ({ sessionId: c.sessionId }),
    badCode: 'validation',
  },
  'floor.resume': {
    happy: async (c) => {
      await speaking(c);
      await invoke(c.db, 'floor.pause', { sessionId: c.sessionId });
      return { sessionId: c.sessionId };
    },
    expect: (v) => check(state(v).current?.paused === false, 'running again'),
    bad: (c) => ({ sessionId: c.sessionId }),
    badCode: 'validation',
  },
  'floor.end': {
    happy: async (c) => {
      await speaking(c);
      return { sessionId: c.sessionId };
    },
    expect: (v, c) => {
      check(state(v).current === null, 'nobody has the floor');
      check(state(v).record[0]?.speakerId === c.speakerIds[0], 'the speech is in the record');
    },
    bad: (c) => ({ sessionId: c.sessionId }),
    badCode: 'validation',
  },
  'floor.request': {
    happy: async (c) => {
      await opened(c);
      return { sessionId: c.sessionId, itemId: c.panelId, kind: 'pointOfOrder', organizationId: c.memberStateId };
    },
    expect: (v, c) => {
      const [first] = state(v).queue;
      check(first?.kind === 'pointOfOrder' && first.organizationId === c.memberStateId, 'the point of order is first');
    },
    // a request must name who asks
    bad: (c) => ({ sessionId: c.sessionId, itemId: c.panelId, kind: 'speaker' }),
    badCode: 'validation',
  },
  'floor.withdraw': {
    happy: async (c) => {
      const { queue } = await opened(c);
      return { sessionId: c.sessionId, id: queue[0]!.id };
    },
    expect: (v, c) =>
      check(
        state(v).queue.every((q) => q.speakerId !== c.speakerIds[0]),
        'out of the queue',
      ),
    bad: (c) => ({ sessionId: c.sessionId, id: missing }),
    badCode: 'not_found',
  },
  'floor.record.update': {
    happy: (c) => uruguayFor3Minutes(c),
    expect: (v, c) => {
      const [entry] = state(v).record;
      check(entry?.organizationId === c.memberStateId && entry.spokenSeconds === 180, 'added to the record');
    },
    bad: (c) => ({ ...uruguayFor3Minutes(c), endedAt: '2023-05-09T14:00:00Z' }),
    badCode: 'validation',
  },
  'floor.record.csv': {
    happy: async (c) => {
      await invoke(c.db, 'floor.record.update', uruguayFor3Minutes(c));
      return { sessionId: c.sessionId };
    },
    expect: (v) => {
      const { fileName, csv } = v as { fileName: string; csv: string };
      check(fileName === 'floor-record-2023-05-09.csv', `file name ${fileName}`);
      check(/^item,kind,role,organization,person,.*\r\n3\. Panel: /.test(csv), 'the header, then the panel item');
      check(/,speaker,delegation,Uruguay,,2023-05-09T15:00:00\.000Z,2023-05-09T15:03:00\.000Z,180\r\n$/.test(csv), csv);
    },
    bad: () => ({ sessionId: missing }),
    badCode: 'not_found',
  },
  'floor.record.docx': {
    happy: async (c) => {
      await invoke(c.db, 'floor.record.update', uruguayFor3Minutes(c));
      return { sessionId: c.sessionId, language: 'es' };
    },
    expect: (v) => {
      const { fileName, bytes } = v as { fileName: string; bytes: Uint8Array };
      check(fileName === 'floor-record-2023-05-09-es.docx', `file name ${fileName}`);
      check(Buffer.from(bytes).subarray(0, 2).toString() === 'PK', 'a zip package');
    },
    bad: (c) => ({ sessionId: c.sessionId, language: 'de' }),
    badCode: 'validation',
  },
};

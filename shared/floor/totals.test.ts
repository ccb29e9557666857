import { describe, expect, it } from 'vitest';
import type { FloorRecordEntry } from './floor-types';
import { recordCsv } from './record-csv';
import { spokenTotals } from './totals';

const MEX = '00000000-0000-4000-8000-00000000000a';
const COL = '00000000-0000-4000-8000-00000000000b';
const PERSON = '00000000-0000-4000-8000-00000000000c';
const ITEM1 = '00000000-0000-4000-8000-000000000001';
const ITEM2 = '00000000-0000-4000-8000-000000000002';

let n = 0;
const entry = (
  itemId: string,
  organizationId: string | null,
  role: FloorRecordEntry['role'],
  spokenSeconds: number,
  personId: string | null = null,
): FloorRecordEntry => ({
  id: `00000000-0000-4000-8000-1000000000${String(n++).padStart(2, '0')}`,
  itemId,
  speakerId: null,
  organizationId,
  personId,
  role,
  kind: 'speaker',
  startedAt: '2026-03-10T14:00:00.000Z',
  endedAt: '2026-03-10T14:05:00.000Z',
  spokenSeconds,
});

const record = [
  entry(ITEM1, MEX, 'delegation', 120),
  entry(ITEM1, COL, 'delegation', 200),
  entry(ITEM1, null, 'panelist', 600, PERSON),
  entry(ITEM2, MEX, 'delegation', 100),
];

describe('spoken totals', () => {
  it('per delegation and per role for one item', () => {
    const totals = spokenTotals(record, ITEM1);
    expect(totals).toMatchObject({ seconds: 920, speeches: 3 });
    expect(totals.byDelegation).toEqual([
      { organizationId: null, personId: PERSON, seconds: 600, speeches: 1 },
      { organizationId: COL, personId: null, seconds: 200, speeches: 1 },
      { organizationId: MEX, personId: null, seconds: 120, speeches: 1 },
    ]);
    expect(totals.byRole).toEqual([
      { role: 'panelist', seconds: 600, speeches: 1 },
      { role: 'delegation', seconds: 320, speeches: 2 },
    ]);
  });

  it('for the whole session, adding up a delegation over items', () => {
    const totals = spokenTotals(record);
    expect(totals.seconds).toBe(1020);
    expect(totals.byDelegation.find((d) => d.organizationId === MEX)).toEqual({
      organizationId: MEX,
      personId: null,
      seconds: 220,
      speeches: 2,
    });
    expect(totals.byRole.find((r) => r.role === 'delegation')?.seconds).toBe(420);
  });

  it('is zero for an item nobody spoke on', () => {
    expect(spokenTotals(record, '00000000-0000-4000-8000-000000000009')).toEqual({
      seconds: 0,
      speeches: 0,
      byDelegation: [],
      byRole: [],
    });
  });
});

describe('the record as CSV', () => {
  it('has a header of field names, one line a speech, fields with commas and quotes quoted', () => {
    const csv = recordCsv(record.slice(0, 3), {
      item: () => '1. Dialogue, with "states"',
      organization: (id) => (id === MEX ? 'Mexico' : 'Colombia'),
      person: () => 'Ana Pérez',
    });
    expect(csv.split('\r\n')).toEqual([
      'item,kind,role,organization,person,startedAt,endedAt,spokenSeconds',
      '"1. Dialogue, with ""states""",speaker,delegation,Mexico,,2026-03-10T14:00:00.000Z,2026-03-10T14:05:00.000Z,120',
      '"1. Dialogue, with ""states""",speaker,delegation,Colombia,,2026-03-10T14:00:00.000Z,2026-03-10T14:05:00.000Z,200',
      '"1. Dialogue, with ""states""",speaker,panelist,,Ana Pérez,2026-03-10T14:00:00.000Z,2026-03-10T14:05:00.000Z,600',
      '',
    ]);
  });
});

import type { SessionOverview } from '../../shared/api/contract';
import type { LocalizedRichText } from '../../shared/content/rich-text';
import type { GoodPractice } from '../../shared/domain/good-practice';
import type { Organization } from '../../shared/domain/organization';
import type { Person } from '../../shared/domain/person';
import type { FloorRecordEntry } from '../../shared/floor/floor-types';
import { floorState } from '../floor/floor-read';
import { ENTITY_SPECS } from '../store/entity-specs';
import { fromRow } from '../store/row-mapping';
import { findChair, listItemSummaries, listPractices, organizationRows, personRows } from '../store/good-practices';
import type { Store } from '../store/open-database';

/** What the session report and the compilation are made from, besides the session's overview. */
export interface AfterSession {
  overview: SessionOverview;
  practices: GoodPractice[];
  /** Speeches that ended, in the order they began. */
  record: FloorRecordEntry[];
  /** Everyone the lists, the record and the practices name. */
  organizations: Organization[];
  people: Person[];
  chair: Person | null;
  summaries: Map<string, LocalizedRichText>;
}

const unique = (ids: readonly (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))];

export async function afterSession(db: Store, overview: SessionOverview): Promise<AfterSession> {
  const sessionId = overview.session.id;
  const practices = await listPractices(db, sessionId);
  // only ended speeches are read, so the instant asked for does not matter
  const { record } = await floorState(db, sessionId, Date.now());
  const chairId = await findChair(db, sessionId);
  const people = (await personRows(db, unique([...record.map((e) => e.personId), chairId]))).map(
    (row) => fromRow(ENTITY_SPECS.people, row) as Person,
  );
  const named = unique([...record.map((e) => e.organizationId), ...practices.map((p) => p.organizationId)]);
  const known = new Set(overview.organizations.map((o) => o.id));
  const more = (
    await organizationRows(
      db,
      named.filter((id) => !known.has(id)),
    )
  ).map((row) => fromRow(ENTITY_SPECS.organizations, row) as Organization);
  return {
    overview,
    practices,
    record,
    organizations: [...overview.organizations, ...more],
    people: [...overview.people, ...people.filter((p) => !overview.people.some((o) => o.id === p.id))],
    chair: people.find((p) => p.id === chairId) ?? null,
    summaries: new Map((await listItemSummaries(db, sessionId)).map((s) => [s.itemId, s.summary])),
  };
}

import type { FloorKind } from './floor-types';

interface Queued {
  kind: FloorKind;
  speakerId: string | null;
  /** The order the entry came in (or was placed in before). */
  position: number;
}

const KIND_RANK: Readonly<Record<FloorKind, number>> = { pointOfOrder: 0, speaker: 1, rightOfReply: 2 };

/**
 * The order the queue is heard in: points of order first, in the order they were raised; then the
 * item's speakers in the item's order (speakerRank: the rule's or the chair's, see
 * shared/speakers/order-speakers.ts); then rights of reply, in the order they were asked for.
 */
export function orderQueue<Q extends Queued>(queue: readonly Q[], speakerRank: (speakerId: string) => number): Q[] {
  const rank = (q: Q) => (q.kind === 'speaker' && q.speakerId !== null ? speakerRank(q.speakerId) : 0);
  return [...queue].sort(
    (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || rank(a) - rank(b) || a.position - b.position,
  );
}

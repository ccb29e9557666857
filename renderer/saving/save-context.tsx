import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SaveQueue } from './save-queue';
import { type SaveSnapshot } from './save-queue';

const SaveContext = createContext<SaveQueue | null>(null);

export function SaveQueueProvider({ queue, children }: { queue: SaveQueue; children: ReactNode }) {
  return <SaveContext value={queue}>{children}</SaveContext>;
}

export function useSaveQueue(): SaveQueue {
  const queue = useContext(SaveContext);
  if (!queue) throw new Error('useSaveQueue outside SaveQueueProvider');
  return queue;
}

export function useSaveStatus(): SaveSnapshot {
  const queue = useSaveQueue();
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot);
}

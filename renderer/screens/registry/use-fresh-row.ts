import { useEffect, useState } from 'react';
import { useSaveQueue } from '../../saving/save-context';

/** The freshest copy of a row: loaded after waiting edits are saved, then held (and edited) here. */
export function useFreshRow<T>(load: () => Promise<T>, id: string) {
  const queue = useSaveQueue();
  const [row, setRow] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void queue
      .flush()
      .then(load)
      .then(
        (r) => live && setRow(r),
        () => undefined,
      );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, queue]);
  return [row, setRow] as const;
}

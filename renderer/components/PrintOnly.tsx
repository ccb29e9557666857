import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is printed (the print dialog's preview, or print media emulated). `beforeprint`
 * renders at once (flushSync): the browser lays the page out for print right after the event.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const media = window.matchMedia('print');
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const onBefore = () => set(true);
    const onAfter = () => set(media.matches);
    const onChange = () => set(media.matches);
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    media.addEventListener('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
      media.removeEventListener('change', onChange);
    };
  }, []);
  return printing;
}

/**
 * What an editing screen prints in place of its form controls: a read view, built only while printing,
 * so a list of 500 speakers is not drawn twice on screen.
 */
export function PrintOnly({ className, children }: { className?: string; children: () => ReactNode }) {
  const printing = usePrinting();
  if (!printing) return null;
  return (
    <div className={className ? `print-only ${className}` : 'print-only'} data-testid="print-view">
      {children()}
    </div>
  );
}

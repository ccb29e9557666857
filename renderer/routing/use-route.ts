import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const getHash = () => window.location.hash;

/** The route named by the address's hash, followed as it changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return parseRoute(hash);
}

/** Goes to a screen, as a link would. */
export function navigate(href: string): void {
  window.location.hash = href;
}

import { AppShell } from './components/AppShell';
import { useRoute } from './routing/use-route';
import { NotFoundScreen } from './screens/not-found/NotFoundScreen';
import { SessionListScreen } from './screens/session-list/SessionListScreen';
import { SessionOverviewScreen } from './screens/session-overview/SessionOverviewScreen';

export function App() {
  const route = useRoute();
  const screenKey = route.name === 'session' ? `session:${route.id}` : route.name;
  return (
    <AppShell screenKey={screenKey}>
      {route.name === 'sessions' && <SessionListScreen />}
      {route.name === 'session' && <SessionOverviewScreen key={route.id} id={route.id} />}
      {route.name === 'notFound' && <NotFoundScreen />}
    </AppShell>
  );
}

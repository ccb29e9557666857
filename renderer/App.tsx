import { BackupsScreen } from './screens/backups/BackupsScreen';
import { AppShell } from './components/AppShell';
import { useRoute } from './routing/use-route';
import { NotFoundScreen } from './screens/not-found/NotFoundScreen';
import { RegistryScreen } from './screens/registry/RegistryScreen';
import { SessionListScreen } from './screens/session-list/SessionListScreen';
import { AgendaScreen } from './screens/agenda/AgendaScreen';
import { DetailsScreen } from './screens/details/DetailsScreen';
import { QuestionsScreen } from './screens/questions/QuestionsScreen';
import { SpeakersScreen } from './screens/speakers/SpeakersScreen';
import { lazy, Suspense } from 'react';
import { Loading } from './components/Loading';
import { SessionOverviewScreen } from './screens/session-overview/SessionOverviewScreen';
import { ChangesScreen } from './screens/translation/changes/ChangesScreen';
import { VersionsScreen } from './screens/translation/versions/VersionsScreen';
import { SessionTextsScreen } from './screens/translation/session-texts/SessionTextsScreen';
import { GoodPracticesScreen } from './screens/practices/GoodPracticesScreen';
import { FloorScreen } from './screens/floor/FloorScreen';
import { FloorDisplayScreen } from './screens/floor/FloorDisplayScreen';

// The editors (TipTap and ProseMirror) load only when a document or a side-by-side view is opened.
const DocumentEditorScreen = lazy(() =>
  import('./screens/editor/DocumentEditorScreen').then((m) => ({ default: m.DocumentEditorScreen })),
);

const SideBySideView = lazy(() =>
  import('./screens/translation/side-by-side/SideBySideView').then((m) => ({ default: m.SideBySideView })),
);

export function App() {
  const route = useRoute();
  // The room display is all the projector shows: no header, no navigation.
  if (route.name === 'floorDisplay') return <FloorDisplayScreen key={route.id} id={route.id} />;
  const screenKey =
    route.name === 'session'
      ? `session:${route.id}:${route.tab}`
      : route.name === 'document'
        ? `document:${route.documentId}:${route.lang}`
        : route.name === 'translation'
          ? `translation:${route.documentId}:${route.view}:${route.lang ?? ''}`
          : route.name;
  return (
    <AppShell screenKey={screenKey}>
      {route.name === 'sessions' && <SessionListScreen />}
      {route.name === 'registry' && <RegistryScreen />}
      {route.name === 'backups' && <BackupsScreen />}
      {route.name === 'session' && route.tab === 'overview' && <SessionOverviewScreen key={route.id} id={route.id} />}
      {route.name === 'session' && route.tab === 'details' && <DetailsScreen key={route.id} id={route.id} />}
      {route.name === 'session' && route.tab === 'agenda' && <AgendaScreen key={route.id} id={route.id} />}
      {route.name === 'session' && route.tab === 'speakers' && (
        <SpeakersScreen key={route.id} id={route.id} itemId={route.itemId} />
      )}
      {route.name === 'session' && route.tab === 'questions' && <QuestionsScreen key={route.id} id={route.id} />}
      {route.name === 'session' && route.tab === 'floor' && <FloorScreen key={route.id} id={route.id} />}
      {route.name === 'session' && route.tab === 'practices' && <GoodPracticesScreen key={route.id} id={route.id} />}
      {route.name === 'document' && (
        <Suspense fallback={<Loading />}>
          <DocumentEditorScreen
            key={`${route.documentId}:${route.lang}`}
            id={route.id}
            documentId={route.documentId}
            lang={route.lang}
          />
        </Suspense>
      )}
      {route.name === 'translation' && route.view === 'changes' && route.lang && (
        <ChangesScreen
          key={`${route.documentId}:${route.lang}`}
          id={route.id}
          documentId={route.documentId}
          lang={route.lang}
        />
      )}
      {route.name === 'translation' && route.view === 'sideBySide' && route.lang && (
        <Suspense fallback={<Loading />}>
          <SideBySideView
            key={`${route.documentId}:${route.lang}`}
            id={route.id}
            documentId={route.documentId}
            lang={route.lang}
          />
        </Suspense>
      )}
      {route.name === 'translation' && route.view === 'versions' && (
        <VersionsScreen key={route.documentId} id={route.id} documentId={route.documentId} />
      )}
      {route.name === 'sessionTexts' && <SessionTextsScreen key={route.id} id={route.id} />}
      {route.name === 'notFound' && <NotFoundScreen />}
    </AppShell>
  );
}

// The app-wide sheets come first, before the screens' own sheets (imported with their components
// through App) and the print sheet last, so that a feature's rules and print's win over them.
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/forms.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from './api/api-context';
import { createClientForPage } from './api/create-client';
import { App } from './App';
import { setupI18n } from './i18n/setup-i18n';
import { findBridge } from './api/ipc-transport';
import { installFlushOnLeave } from './saving/flush-on-leave';
import { SaveQueueProvider } from './saving/save-context';
import { SaveQueue } from './saving/save-queue';
import { reportUnsavedWrites } from './saving/report-unsaved-writes';
import './styles/print.css';

// The client first: in the browser mode it takes the token out of the hash before the router reads it.
const saves = new SaveQueue();
const client = reportUnsavedWrites(createClientForPage(window), saves);
const i18n = setupI18n(window);
installFlushOnLeave(window, saves, findBridge(window) !== undefined);

const container = document.getElementById('root');
if (!container) throw new Error('no #root element in index.html');
createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n} defaultNS="ui">
      <ApiProvider client={client}>
        <SaveQueueProvider queue={saves}>
          <App />
        </SaveQueueProvider>
      </ApiProvider>
    </I18nextProvider>
  </StrictMode>,
);

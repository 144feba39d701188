import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { registerServiceWorker, watchConnectivity } from './app/pwa';
import { useUi } from './app/uiState';
import './app/styles.css';

document.documentElement.lang = useUi.getState().language;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
watchConnectivity();
registerServiceWorker();
bootstrap().catch((error: unknown) => {
  console.error('motcua: start-up failed', error);
  useUi.setState({ startupError: error instanceof Error ? error.message : String(error) });
});

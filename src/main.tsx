import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { watchConnectivity } from './app/pwa';
import { start } from './app/startup';
import { useUi } from './app/uiState';
import './app/styles.css';

document.documentElement.lang = useUi.getState().language;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
watchConnectivity();
void start();

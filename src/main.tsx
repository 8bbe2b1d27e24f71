import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import 'virtual:theme.css';
import './app/app.css';
import { App } from './app/App';
import { applyUrlSettings } from './app/boot';
import { registerServiceWorker } from './offline/register-service-worker';

applyUrlSettings(window.location.search, navigator.languages);

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root');
createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();

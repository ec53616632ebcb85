// dkfds's package `exports` exposes only its script, so its stylesheet is imported by path. Vite bundles
// the IBM Plex fonts and icons the stylesheet references.
import '../node_modules/dkfds/dist/css/dkfds.min.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

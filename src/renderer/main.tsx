import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './views/App.tsx';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/timeline.css';
import './styles/timeline-capture.css';
import './styles/overlays.css';
import './styles/console.css';
import './styles/audience.css';
import './styles/facts.css';
import './styles/actions.css';
import './styles/blame-hint.css';
import './styles/root-cause.css';
import './styles/export.css';
import './styles/joining.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

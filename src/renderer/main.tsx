import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectViewer, askSessionMe, setViewer } from './app/viewer.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/timeline.css';
import './styles/evidence.css';
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
import './styles/report.css';
import './styles/review.css';
import './styles/effectiveness.css';
import './styles/followups.css';
import './styles/people.css';
import './styles/trends.css';
import './styles/tags.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** The facilitator's app, or on the join server a note-taker's pairing page or capture view; each loads only its own code. */
async function start(container: HTMLElement): Promise<void> {
  const viewer = await detectViewer(Boolean(window.debrief), askSessionMe);
  setViewer(viewer);
  let page;
  if (viewer.kind === 'pairing') {
    const { PairingPage } = await import('./views/note-taker/PairingPage.tsx');
    page = <PairingPage />;
  } else if (viewer.kind === 'note_taker') {
    const { NoteTakerView } = await import('./views/note-taker/NoteTakerView.tsx');
    page = <NoteTakerView session={viewer.session} />;
  } else {
    const { App } = await import('./views/App.tsx');
    page = <App />;
  }
  createRoot(container).render(<StrictMode>{page}</StrictMode>);
}

void start(root);

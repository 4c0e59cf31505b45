import { useEffect, useId, useMemo, useState } from 'react';
import type { ActionCheckFinding } from '../../../shared/actions/checks.ts';
import type { AgendaSection } from '../../../shared/domain/agenda.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { REPORT_LAYOUT_DESCRIPTORS, REPORT_LAYOUTS, type ReportLayout, FOLLOW_UP_SECTIONS } from '../../../shared/report/layouts.ts';
import { reportReadiness } from '../../../shared/report/readiness.ts';
import { reportSectionHolding, reportSectionsFor } from '../../../shared/report/section-focus.ts';
import { reportProgress, SECTION_STATUS_LABELS } from '../../../shared/report/section-status.ts';
import { calendarDateAt } from '../../../shared/time/zoned-time.ts';
import { useActions } from '../../app/services.ts';
import { useActionItems } from '../actions/use-action-items.ts';
import { useNow } from '../common/use-now.ts';
import { useFactsAutosave } from '../facts/use-facts-autosave.ts';
import { useRootCauseLoaded } from '../root-cause/use-root-cause.ts';
import { useReportLayout } from './use-report-layout.ts';
import { useReportSource } from './use-report-source.ts';
import { ReadinessChecks } from './ReadinessChecks.tsx';
import { ReportDetails } from './ReportDetails.tsx';
import { ReportSectionBody } from './ReportSectionBody.tsx';

const OPEN_KEY = 'debrief.reportPanel.open';

/** Where a check is fixed: the section that holds its item, cause, note or empty part, and the field to focus there. */
function targetOf(layout: ReportLayout, finding: ActionCheckFinding, noteCategory: string | undefined): { sectionId: string | null; selector: string } {
  if (finding.sectionId) return { sectionId: finding.sectionId, selector: 'input, textarea, select' };
  if (finding.actionId) {
    const field = finding.kind === 'missing_owner' ? 'Owner of' : finding.kind === 'missing_due_date' || finding.kind === 'past_due' ? 'Due date of' : 'Action';
    return { sectionId: reportSectionHolding(layout, 'action'), selector: `[data-action-id="${finding.actionId}"] input[aria-label^="${field}"]` };
  }
  if (finding.whyId) return { sectionId: reportSectionHolding(layout, 'cause'), selector: `[data-why-id="${finding.whyId}"] input` };
  if (finding.noteId) {
    const holder = noteCategory === 'perspective_finding' ? 'perspective_finding' : 'could_improve';
    return { sectionId: reportSectionHolding(layout, holder), selector: `[data-note-id="${finding.noteId}"] input` };
  }
  return { sectionId: reportSectionHolding(layout, 'action'), selector: 'input[id$="-action-add-title"]' };
}

/**
 * Brings the element to the top of the pane that scrolls it, when the panel sits in a pane of its own. The page itself
 * is never scrolled for it: moving to the next agenda section must not carry the facilitator away from the clock.
 */
function scrollWithinPane(element: HTMLElement): void {
  for (let pane = element.parentElement; pane && pane !== document.body; pane = pane.parentElement) {
    const overflow = getComputedStyle(pane).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && pane.scrollHeight > pane.clientHeight) {
      pane.scrollTop += element.getBoundingClientRect().top - pane.getBoundingClientRect().top;
      return;
    }
  }
}

/**
 * The report as it will be exported, writable at every moment: before the meeting, in any section, after Finish.
 * The chosen layout's sections each say how far they are written and open in place to be written; the current agenda
 * section brings its part forward without hiding the rest. Readiness checks say what is left and go to it.
 */
export function ReportPanel({ meeting, section, startOpen = false }: { meeting: Meeting; section: AgendaSection | null; startOpen?: boolean }) {
  // Open or closed as the facilitator last left it; `startOpen` until they choose.
  const [open, setOpen] = useState(() => {
    const remembered = localStorage.getItem(OPEN_KEY);
    return remembered === null ? startOpen : remembered === 'open';
  });
  const id = useId().replace(/:/g, '');
  const toggle = () => {
    localStorage.setItem(OPEN_KEY, open ? 'closed' : 'open');
    setOpen(!open);
  };
  return (
    <section className="panel report-panel" aria-labelledby={`${id}-heading`} data-testid="report-panel">
      <div className="panel__heading">
        <h2 id={`${id}-heading`}>Report</h2>
        <button type="button" className="button button--small" aria-expanded={open} aria-controls={`${id}-body`} onClick={toggle}>
          {open ? 'Hide the report' : 'Write the report'}
        </button>
      </div>
      {open ? <ReportPanelBody id={`${id}-body`} meeting={meeting} section={section} /> : null}
    </section>
  );
}

function ReportPanelBody({ id, meeting: shown, section }: { id: string; meeting: Meeting; section: AgendaSection | null }) {
  useActionItems(shown.id);
  useRootCauseLoaded(shown.id);
  const autosave = useFactsAutosave(shown.id);
  const [layout, setLayout] = useReportLayout(shown.id, shown.templateId);
  const source = useReportSource(shown);
  const meeting = source.meeting;
  const dismissed = useActions((state) => state.dismissedChecks);
  const now = useNow(60_000);
  const today = calendarDateAt(now, meeting.timeZone);
  // The Effectiveness section is written 30 days on, at the effectiveness review (its own panel), not here.
  const progress = useMemo(() => reportProgress(layout, source).filter((one) => !FOLLOW_UP_SECTIONS.has(one.id)), [layout, source]);
  const findings = useMemo(() => reportReadiness({ layout, source, today, dismissed }), [layout, source, today, dismissed]);
  const forward = useMemo(() => reportSectionsFor(layout, section?.kind ?? null), [layout, section?.kind]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(forward));
  const [focusing, setFocusing] = useState<{ sectionId: string; selector: string; nonce: number } | null>(null);
  const sectionElementId = (sectionId: string) => `${id}-section-${sectionId}`;

  // The current agenda section brings its part forward: opened and scrolled to, the rest left as they were.
  const forwardKey = forward.join(' ');
  const [seenForward, setSeenForward] = useState(forwardKey);
  if (seenForward !== forwardKey) {
    setSeenForward(forwardKey);
    setExpanded((before) => new Set([...before, ...forward]));
  }
  useEffect(() => {
    const first = forwardKey.split(' ')[0];
    const element = first ? document.getElementById(`${id}-section-${first}`) : null;
    if (element) scrollWithinPane(element);
  }, [forwardKey, id]);

  useEffect(() => {
    if (!focusing) return;
    const holder = document.getElementById(sectionElementId(focusing.sectionId));
    holder?.scrollIntoView?.({ block: 'start' });
    const field = holder?.querySelector<HTMLElement>(focusing.selector) ?? holder?.querySelector<HTMLElement>('input, textarea, select');
    field?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusing]);

  const goTo = (finding: ActionCheckFinding) => {
    const category = finding.noteId ? source.notes.find((note) => note.id === finding.noteId)?.category : undefined;
    const { sectionId, selector } = targetOf(layout, finding, category);
    if (!sectionId) return;
    setExpanded((before) => new Set([...before, sectionId]));
    setFocusing({ sectionId, selector, nonce: Date.now() });
  };

  const toggleSection = (sectionId: string) =>
    setExpanded((before) => {
      const after = new Set(before);
      if (!after.delete(sectionId)) after.add(sectionId);
      return after;
    });

  const done = progress.filter((one) => one.status === 'done').length;
  return (
    <div id={id} className="report-panel__body">
      <div className="report-panel__layout">
        <label htmlFor={`${id}-layout`}>Layout</label>
        <select id={`${id}-layout`} value={layout} onChange={(event) => setLayout(REPORT_LAYOUTS.find((choice) => choice === event.target.value) ?? layout)}>
          {REPORT_LAYOUTS.map((choice) => (
            <option key={choice} value={choice}>
              {REPORT_LAYOUT_DESCRIPTORS[choice].label}
            </option>
          ))}
        </select>
        <p className="muted" data-testid="report-progress">
          {done} of {progress.length} sections done
        </p>
      </div>
      <ReadinessChecks findings={findings} onGoTo={goTo} />
      <ol className="report-outline" aria-label={`${REPORT_LAYOUT_DESCRIPTORS[layout].label}: sections`}>
        {progress.map((one) => {
          const isOpen = expanded.has(one.id);
          const current = forward.includes(one.id);
          const missing = one.parts.filter((part) => !part.filled).map((part) => part.label);
          return (
            <li
              key={one.id}
              id={sectionElementId(one.id)}
              className={['report-section', `report-section--${one.status}`, current ? 'report-section--current' : ''].filter(Boolean).join(' ')}
              data-testid="report-section"
              data-section={one.id}
              data-status={one.status}
              aria-current={current ? 'step' : undefined}
            >
              <h3 className="report-section__heading">
                <button
                  type="button"
                  className="report-section__toggle"
                  aria-expanded={isOpen}
                  aria-controls={`${sectionElementId(one.id)}-body`}
                  onClick={() => toggleSection(one.id)}
                >
                  <span className="report-section__title">{one.title}</span>{' '}
                  <span className={`report-section__status report-section__status--${one.status}`}>{SECTION_STATUS_LABELS[one.status]}</span>
                  {current ? <span className="report-section__now"> · this agenda section</span> : null}
                </button>
              </h3>
              {isOpen ? (
                <div id={`${sectionElementId(one.id)}-body`} className="report-section__body">
                  {missing.length > 0 ? <p className="muted report-section__missing">Still to write: {missing.join('; ')}.</p> : null}
                  <ReportSectionBody idPrefix={id} sectionId={one.id} meeting={meeting} autosave={autosave} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <ReportDetails id={`${id}-details`} meeting={meeting} autosave={autosave} withPeople={layout !== 'meeting'} />
    </div>
  );
}

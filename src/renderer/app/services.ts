import { chooseFileTransport, chooseTransport } from '../api/choose-transport.ts';
import { createApiClient } from '../api/client.ts';
import { newId } from '../api/new-id.ts';
import { createActionsStore } from '../stores/actions/actions-store.ts';
import { createAgendaStore } from '../stores/agenda/agenda-store.ts';
import { createConnectionStore } from '../stores/connection-store.ts';
import { createFactsStore } from '../stores/facts/facts-store.ts';
import { createExportDialogStore } from '../stores/export/export-dialog-store.ts';
import { createMeetingsStore } from '../stores/library/meetings-store.ts';
import { createLibrarySearchStore } from '../stores/library/library-search-store.ts';
import { createTimelineStore } from '../stores/timeline/timeline-store.ts';
import { createUiStore } from '../stores/ui-store.ts';
import { createConflictsStore, createNotesStore, createWhysStore } from '../stores/root-cause/root-cause-store.ts';
import { createOrderedWrites } from '../stores/ordered-writes.ts';
import { createJoiningStore } from '../stores/joining/joining-store.ts';
import { createParticipantsStore } from '../stores/participants/participants-store.ts';
import { createReviewStore } from '../stores/review/review-store.ts';
import { createEffectivenessStore } from '../stores/effectiveness/effectiveness-store.ts';
import { createChangeAuthors } from '../stores/change-authors.ts';
import { createUndoStack } from '../stores/undo-stack.ts';
import { createEvidenceStore } from '../stores/evidence/evidence-store.ts';
import { createFollowupsStore } from '../stores/followups/followups-store.ts';
import { createPeopleStore } from '../stores/people/people-store.ts';
import { createTrendsStore } from '../stores/trends/trends-store.ts';
import { createRedactionStore } from '../stores/redaction/redaction-store.ts';
import { createTagsStore } from '../stores/tags/tags-store.ts';
import { createPublishStore } from '../stores/publish/publish-store.ts';
import { createSourcesStore } from '../stores/library/sources-store.ts';

/** The one place that picks a transport; everything else talks to the client through the stores. */
export const apiClient = createApiClient(chooseTransport(), chooseFileTransport());

/** The window's one undo stack: every deletion, of any kind, goes here. */
export const [useUndo, undoStack] = createUndoStack();
export const [useMeetings, meetingsStore] = createMeetingsStore(apiClient, undoStack);
export const [useTimeline, timelineStore] = createTimelineStore(apiClient, undoStack);
export const [useAgenda, agendaStore] = createAgendaStore(apiClient, undoStack);
export const [useActions, actionsStore] = createActionsStore(apiClient, undoStack);
/** The incident facts of the meeting whose facts panel is open. */
export const [useFacts, factsStore] = createFactsStore(apiClient, undoStack);
export const [useConnection, connectionStore] = createConnectionStore(apiClient);
export const [useUi, uiStore] = createUiStore();
/** The whys tree, notes and conflicts write through one queue, in order, with one save status. */
export const [useRootCauseWrites, rootCauseWrites] = createOrderedWrites();
const rootCause = { client: apiClient, undo: undoStack, writes: rootCauseWrites, newId };
export const [useWhys, whysStore] = createWhysStore(rootCause);
export const [useNotes, notesStore] = createNotesStore(rootCause);
export const [useConflicts, conflictsStore] = createConflictsStore(rootCause);
/** Images and links attached to timeline events, whys and notes. */
export const [useEvidence, evidenceStore] = createEvidenceStore(apiClient, undoStack);
export const [useExportDialog, exportDialogStore] = createExportDialogStore();
export const [useJoining, joiningStore] = createJoiningStore(apiClient);
/** Who takes part, with roles and perspectives; their names are offered as action owners. */
export const [useParticipants, participantsStore] = createParticipantsStore(apiClient, undoStack);
export const [useReview, reviewStore] = createReviewStore(apiClient, undoStack);
/** A review's action items with their effectiveness results (the 30-day check). */
export const [useEffectiveness, effectivenessStore] = createEffectivenessStore(apiClient, undoStack);
/** The people directory (owners and their tracker identities) and who the user is, for reminders. */
export const [usePeople, peopleStore] = createPeopleStore(apiClient, undoStack);
/** The team's list of customer and person names that redaction looks for before anything leaves the laptop. */
export const [useRedaction, redactionStore] = createRedactionStore(apiClient, undoStack);
/** Who made the last change heard of to each item, for naming them when someone else's edit replaces yours. */
export const changeAuthors = createChangeAuthors(apiClient);
/** The follow-ups ledger: every review's action items, a page at a time. */
export const [useFollowups, followupsStore] = createFollowupsStore(apiClient, undoStack);
/** Trends across every review, read while the Trends view is shown. */
export const [useTrends, trendsStore] = createTrendsStore(apiClient);
/** The contributing-factor taxonomy, the tags of the meeting being prepared, and similar incidents (issue 16). */
export const [useTags, tagsStore] = createTagsStore(apiClient, undoStack);
/** Full-text search over every review, from the meetings page. */
export const [useLibrarySearch, librarySearchStore] = createLibrarySearchStore(apiClient);
export const [usePublish, publishStore] = createPublishStore(apiClient);
export const [useSources, sourcesStore] = createSourcesStore(apiClient);

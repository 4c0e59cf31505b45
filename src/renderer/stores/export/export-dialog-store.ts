import { createDomainStore } from '../create-domain-store.ts';

export interface ExportDialogState {
  /** The meeting whose export dialog is open; null when it is closed. */
  meetingId: string | null;
  open(meetingId: string): void;
  close(): void;
}

/** Whether the export dialog is open, kept outside the view so the command context can read it. */
export function createExportDialogStore() {
  return createDomainStore<ExportDialogState>((set) => ({
    meetingId: null,
    open: (meetingId) => set({ meetingId }),
    close: () => set({ meetingId: null }),
  }));
}

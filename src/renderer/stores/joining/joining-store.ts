import type { ApiClient } from '../../api/client.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import type { JoinStatus, NetworkChoice } from '../../../shared/joining/joining.ts';
import { createDomainStore } from '../create-domain-store.ts';
import { followMeeting } from '../follow-meeting.ts';

export interface JoiningState {
  meetingId: string | null;
  status: JoinStatus | null;
  networks: NetworkChoice[];
  /** The last action that failed, in words; cleared by the next one. */
  error: string | null;
  busy: boolean;
  /** Follows one meeting's joining status (and reads the network list); null stops following. */
  follow(meetingId: string | null): void;
  /** Each resolves false when the service refused it; `error` then says why. */
  enable(address: string, port: number | undefined): Promise<boolean>;
  disable(): Promise<boolean>;
  rotateCode(): Promise<boolean>;
  removePerson(sessionId: string): Promise<boolean>;
  showOnAudience(show: boolean): Promise<void>;
}

/** The facilitator's view of who may join the open meeting; status changes arrive as 'joining' change events. */
export function createJoiningStore(client: ApiClient) {
  return createDomainStore<JoiningState>((set, get) => {
    const refresh = async (meetingId: string) => {
      try {
        const status = await client.call('joining.get', { meetingId });
        if (get().meetingId === meetingId) set({ status });
      } catch (error) {
        if (get().meetingId === meetingId) set({ error: errorMessage(error) });
      }
    };

    const refreshCurrent = () => {
      const meetingId = get().meetingId;
      if (meetingId) void refresh(meetingId);
    };
    // Read again after every reconnect, caught up or not: the status is small.
    followMeeting(client, { meetingId: () => get().meetingId, entities: ['joining'], onChange: refreshCurrent, onResync: refreshCurrent });

    /** Runs one of the facilitator's actions; false when it was refused (the reason is in `error`). */
    const act = async (run: (meetingId: string) => Promise<JoinStatus>): Promise<boolean> => {
      const meetingId = get().meetingId;
      if (!meetingId) return false;
      set({ busy: true, error: null });
      try {
        const status = await run(meetingId);
        if (get().meetingId === meetingId) set({ status });
        return true;
      } catch (error) {
        set({ error: errorMessage(error) });
        return false;
      } finally {
        set({ busy: false });
      }
    };

    return {
      meetingId: null,
      status: null,
      networks: [],
      error: null,
      busy: false,
      follow(meetingId) {
        if (get().meetingId === meetingId) return;
        set({ meetingId, status: null, error: null });
        if (!meetingId) return;
        void refresh(meetingId);
        client.call('joining.networks', {}).then(
          (networks) => set({ networks }),
          (error: unknown) => set({ error: errorMessage(error) }),
        );
      },
      enable: (address, port) => act((meetingId) => client.call('joining.enable', port === undefined ? { meetingId, address } : { meetingId, address, port })),
      disable: () => act((meetingId) => client.call('joining.disable', { meetingId })),
      rotateCode: () => act((meetingId) => client.call('joining.rotateCode', { meetingId })),
      removePerson: (sessionId) => act((meetingId) => client.call('joining.removePerson', { meetingId, sessionId })),
      showOnAudience: async (show) => {
        // The box follows the click at once; the answer (or a refusal, which puts it back) comes after.
        const before = get().status;
        if (before) set({ status: { ...before, showOnAudience: show } });
        const done = await act((meetingId) => client.call('joining.showOnAudience', { meetingId, show }));
        const after = get().status;
        if (!done && before && after) set({ status: { ...after, showOnAudience: before.showOnAudience } });
      },
    };
  });
}

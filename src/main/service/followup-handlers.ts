import type { ApiHandlers } from '../../shared/api/contract.ts';
import { todayIn } from '../../shared/actions/followup-rules.ts';
import { localTimeZone } from '../../shared/time/zoned-time.ts';
import { countByOwner, countFollowups, listFollowups, listFollowupStatuses, type LedgerReading } from '../db/repositories/followups.ts';
import type { ServiceContext } from './context.ts';

/**
 * The follow-ups ledger (issue 15): reads across every review. "Today" is the caller's date in the user's time zone
 * when it sends one (the renderer does), else this process's local date (the CLI's). Reads only: statuses change
 * through actions.applyStatuses.
 */
export function followupHandlers({ db, now }: ServiceContext): ApiHandlers<'followups'> {
  const readingOf = (input: { today?: string | undefined; staleDays: number }): LedgerReading => {
    const at = now();
    return { now: at, today: input.today ?? todayIn(at, localTimeZone()), staleDays: input.staleDays };
  };

  return {
    'followups.list': (input) => {
      const reading = readingOf(input);
      // One read transaction, so the count and the page see the same rows.
      return db.transaction(() => ({
        rows: listFollowups(db, input.filter, reading, input.sort, input.offset, input.limit),
        total: countFollowups(db, input.filter, reading),
        offset: input.offset,
        today: reading.today,
      }))();
    },

    'followups.statuses': (input) => listFollowupStatuses(db, input.filter, readingOf(input)),

    'followups.owners': (input) => countByOwner(db, readingOf(input)),
  };
}

import type { ApiHandlers } from '../../shared/api/contract.ts';
import { todayIn } from '../../shared/actions/followup-rules.ts';
import { localTimeZone } from '../../shared/time/zoned-time.ts';
import { computeTrends } from '../../shared/trends/trends.ts';
import { readTrendRows } from '../db/repositories/trends.ts';
import type { ServiceContext } from './context.ts';

/**
 * Trends across every review (issue 16). "Today" is the caller's date in the user's time zone when it sends one (the
 * renderer does), else this process's local date (the CLI's), as for the follow-ups ledger. Reads only.
 */
export function trendHandlers({ db, now }: ServiceContext): ApiHandlers<'trends'> {
  return {
    'trends.get': (input) => computeTrends(readTrendRows(db), { from: input.from, until: input.until, today: input.today ?? todayIn(now(), localTimeZone()) }),
  };
}

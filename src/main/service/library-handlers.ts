import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ftsTerms } from '../../shared/library/search-query.ts';
import { searchLibrary } from '../db/repositories/library-search.ts';
import type { ServiceContext } from './context.ts';

/**
 * The library (issue 16). Search reads the FTS5 index that migration 016's triggers keep in step with every write, so
 * it needs no transaction of its own: one statement sees one snapshot.
 */
export function libraryHandlers({ db }: ServiceContext): ApiHandlers<'library'> {
  return {
    'library.search': ({ query, limit }) => {
      const terms = ftsTerms(query);
      return terms === null ? [] : searchLibrary(db, terms, limit);
    },
  };
}

import type { Database } from 'better-sqlite3';
import { statement } from '../statements.ts';

/**
 * Runs a bulk write with the search index deferred to its end (migration 023): the documents its rows write and delete
 * are recorded, then taken out of and put into the index with one statement each, so FTS5 gathers their terms in
 * memory instead of writing a segment per document. Must run inside the write's transaction, which it never leaves;
 * the index is in step again when it returns or throws. Nested calls join the outer one.
 */
export function withSearchIndexDeferred<T>(db: Database, work: () => T): T {
  if (!db.inTransaction) throw new Error('withSearchIndexDeferred runs inside a write transaction');
  if (statement(db, 'SELECT 1 FROM search_deferral').get() !== undefined) return work();
  statement(db, 'INSERT INTO search_deferral (id) VALUES (1)').run();
  try {
    return work();
  } finally {
    // A failed statement can end the transaction itself; its rollback took the deferral with it.
    if (db.inTransaction) catchUp(db);
  }
}

function catchUp(db: Database): void {
  statement(db, 'DELETE FROM search_deferral').run();
  // Taken out first: a document deleted and a new one given its rowid go out and in, in that order.
  statement(db, "INSERT INTO search_index (search_index, rowid, heading, body) SELECT 'delete', id, heading, body FROM search_removed ORDER BY id").run();
  statement(
    db,
    'INSERT INTO search_index (rowid, heading, body) SELECT d.id, d.heading, d.body FROM search_added AS a JOIN search_documents AS d ON d.id = a.id ORDER BY a.id',
  ).run();
  statement(db, 'DELETE FROM search_removed').run();
  statement(db, 'DELETE FROM search_added').run();
}

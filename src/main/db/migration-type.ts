export interface Migration {
  /** user_version after this migration has run. */
  version: number;
  name: string;
  /** SQL run inside the migration transaction. */
  up: string;
}

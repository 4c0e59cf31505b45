export { findBlame } from './blameless/find-blame.ts';
export { BLAME_KINDS, BLAME_KIND_LABELS, REFRAMING_QUESTIONS } from './blameless/blame-kinds.ts';
export type { BlameFinding, BlameKind } from './blameless/blame-kinds.ts';

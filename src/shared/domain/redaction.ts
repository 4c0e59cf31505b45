/** A customer or person name the team wants redacted from everything that leaves the laptop (issue 16). */
export interface RedactionTerm {
  id: string;
  term: string;
  createdAt: number;
}

/** Terms are one entry however they are typed: letters of any script folded to lower case, spaces collapsed. */
export function redactionTermKey(term: string): string {
  return term.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

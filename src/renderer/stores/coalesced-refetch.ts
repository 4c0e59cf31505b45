/**
 * Runs `load` at most once at a time: asks made while a load runs are folded into one more load after it,
 * so a burst of change events costs two fetches, not one per event, and the last one sees every change.
 * The returned promise settles once no ask is left unserved.
 */
export function coalescedRefetch(load: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let askedAgain = false;

  const loop = async () => {
    do {
      askedAgain = false;
      await load();
    } while (askedAgain);
  };

  return () => {
    if (running) {
      askedAgain = true;
      return running;
    }
    running = loop().finally(() => {
      running = null;
    });
    return running;
  };
}

import { WebSocket } from 'ws';

/**
 * Asks a Node process started with `--inspect=127.0.0.1:0` about its memory through the DevTools protocol: a full
 * garbage collection first, so what is left is what the process still holds, not what it has yet to collect.
 */
export interface Inspector {
  /** process.memoryUsage() right after a full collection. */
  memoryAfterCollection(): Promise<NodeJS.MemoryUsage>;
  close(): void;
}

const LISTENING = /Debugger listening on (ws:\/\/\S+)/;

/** The inspector's address from the process's stderr, once it has printed it. */
export async function inspectorUrl(stderr: () => string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const url = stderr().match(LISTENING)?.[1];
    if (url) return url;
    if (Date.now() > deadline) throw new Error(`the process printed no inspector address within ${timeoutMs} ms:\n${stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function connectInspector(url: string): Promise<Inspector> {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const waiting = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  let nextId = 1;
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString('utf8')) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });
  const send = (method: string, params: object = {}): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (message) => {
        waiting.delete(id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result);
      });
      socket.send(JSON.stringify({ id, method, params }));
    });
  return {
    async memoryAfterCollection() {
      await send('HeapProfiler.collectGarbage');
      const evaluated = (await send('Runtime.evaluate', { expression: 'process.memoryUsage()', returnByValue: true })) as {
        result: { value: NodeJS.MemoryUsage };
      };
      return evaluated.result.value;
    },
    close: () => socket.terminate(),
  };
}

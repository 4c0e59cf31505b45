import { describe, expect, it } from 'vitest';
import { createCallScheduler, runInTurn, type Reading } from '../../../src/main/server/call-scheduler.ts';

const nextTurnOfEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Waits until the scheduler has nothing left (every call pushed has run). */
async function settled(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 10_000 && !done(); turn++) await nextTurnOfEventLoop();
  if (!done()) throw new Error('the scheduler did not run every call');
}

/** A clock that only moves when a call says it took time, so slices are counted in calls. */
function fakeClock(): { now(): number; spend(ms: number): void } {
  let clock = 0;
  return { now: () => clock, spend: (ms) => (clock += ms) };
}

function recordingReading(): Reading & { log: string[] } {
  const log: string[] = [];
  return { log, pause: () => log.push('pause'), resume: () => log.push('resume') };
}

describe('the call scheduler', () => {
  it('runs each connection’s calls in the order they came, and nothing before the current code yields', async () => {
    const scheduler = createCallScheduler();
    const queue = scheduler.open();
    const ran: number[] = [];
    for (let i = 0; i < 100; i++) queue.push(() => ran.push(i));
    expect(ran).toEqual([]);
    await settled(() => ran.length === 100);
    expect(ran).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('takes the connections in turns, one call each', async () => {
    const scheduler = createCallScheduler();
    const flooder = scheduler.open();
    const person = scheduler.open();
    const ran: string[] = [];
    for (let i = 1; i <= 6; i++) flooder.push(() => ran.push(`flood ${i}`));
    for (let i = 1; i <= 2; i++) person.push(() => ran.push(`person ${i}`));
    await settled(() => ran.length === 8);
    expect(ran).toEqual(['flood 1', 'person 1', 'flood 2', 'person 2', 'flood 3', 'flood 4', 'flood 5', 'flood 6']);
  });

  it('yields to the event loop after each slice, and a call read in between runs before the flood’s next one', async () => {
    const clock = fakeClock();
    const scheduler = createCallScheduler({ sliceMs: 5, now: clock.now });
    const flooder = scheduler.open();
    const person = scheduler.open();
    const ran: string[] = [];
    for (let i = 1; i <= 100; i++) {
      flooder.push(() => {
        ran.push(`flood ${i}`);
        clock.spend(1);
      });
    }
    await nextTurnOfEventLoop();
    // One slice of 5 ms has run, then the event loop had its turn: the person's call is read now, and runs next.
    expect(ran).toHaveLength(5);
    person.push(() => ran.push('person'));
    await settled(() => ran.length === 101);
    expect(ran.indexOf('person')).toBe(5);
  });

  it('stops reading a connection with many calls waiting, and reads it again once they have run: nothing is refused', async () => {
    const scheduler = createCallScheduler({ pauseAt: 4, resumeAt: 2 });
    const reading = recordingReading();
    const queue = scheduler.open(reading);
    let ran = 0;
    for (let i = 0; i < 3; i++) queue.push(() => ran++);
    expect(reading.log).toEqual([]);
    queue.push(() => ran++);
    expect(reading.log).toEqual(['pause']);
    // Messages already received still arrive after a pause; they are queued, not dropped.
    for (let i = 0; i < 6; i++) queue.push(() => ran++);
    expect(reading.log).toEqual(['pause']);
    await settled(() => ran === 10);
    expect(reading.log).toEqual(['pause', 'resume']);
  });

  it('drops what a closed connection has queued and runs nothing it pushes later, while the others carry on', async () => {
    const scheduler = createCallScheduler();
    const gone = scheduler.open();
    const staying = scheduler.open();
    const ran: string[] = [];
    for (let i = 0; i < 5; i++) gone.push(() => ran.push('gone'));
    staying.push(() => ran.push('staying'));
    gone.close();
    gone.push(() => ran.push('gone'));
    await settled(() => ran.length === 1);
    await nextTurnOfEventLoop();
    expect(ran).toEqual(['staying']);
  });
});

describe('runInTurn (HTTP calls)', () => {
  it('answers with what the call returned, and runs one caller’s calls in order', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => runInTurn('192.0.2.7', () => i * 2)));
    expect(answers).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
  });

  it('counts every connection from one address as one caller, taking turns with other callers', async () => {
    const ran: string[] = [];
    const script = Array.from({ length: 4 }, (_, i) => runInTurn('192.0.2.8', () => ran.push(`script ${i + 1}`)));
    const other = Array.from({ length: 2 }, (_, i) => runInTurn('192.0.2.9', () => ran.push(`other ${i + 1}`)));
    await Promise.all([...script, ...other]);
    expect(ran).toEqual(['script 1', 'other 1', 'script 2', 'other 2', 'script 3', 'script 4']);
  });

  it('rejects when the call throws, and the caller’s later calls still run', async () => {
    const failing = runInTurn('192.0.2.10', () => {
      throw new Error('broken');
    });
    const later = runInTurn('192.0.2.10', () => 'still answered');
    await expect(failing).rejects.toThrow('broken');
    await expect(later).resolves.toBe('still answered');
  });
});

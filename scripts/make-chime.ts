/**
 * Writes assets/sounds/section-end.wav: the gentle end-of-section chime, two soft sine tones (a rising major third)
 * with smooth attack and decay, 0.9 s, 22,050 Hz mono 16-bit PCM. Generated rather than downloaded, so the sound is
 * ours and the build stays offline. Run with `node scripts/make-chime.ts`; the output is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SAMPLE_RATE = 22_050;
const DURATION_S = 0.9;
const PEAK = 0.32; // well below full scale: a reminder, not an alarm

interface Tone {
  frequency: number;
  startS: number;
  lengthS: number;
}

/** A bell-like note: C6 then E6, the second entering as the first fades. */
const TONES: readonly Tone[] = [
  { frequency: 1046.5, startS: 0, lengthS: 0.75 },
  { frequency: 1318.5, startS: 0.18, lengthS: 0.72 },
];

/** Raised-cosine attack (no click), then an exponential decay that reaches silence at the end of the note. */
function envelope(t: number, length: number): number {
  if (t < 0 || t > length) return 0;
  const attack = 0.02;
  const rise = t < attack ? 0.5 - 0.5 * Math.cos((Math.PI * t) / attack) : 1;
  const decay = Math.exp(-5 * (t / length));
  const tail = t > length - 0.05 ? 0.5 + 0.5 * Math.cos((Math.PI * (t - (length - 0.05))) / 0.05) : 1;
  return rise * decay * tail;
}

export function chimeSamples(): Int16Array {
  const count = Math.round(SAMPLE_RATE * DURATION_S);
  const samples = new Int16Array(count);
  for (let i = 0; i < count; i += 1) {
    const time = i / SAMPLE_RATE;
    let value = 0;
    for (const tone of TONES) {
      const t = time - tone.startS;
      // A quiet octave overtone makes it sound like a bell rather than a test tone.
      value += envelope(t, tone.lengthS) * (Math.sin(2 * Math.PI * tone.frequency * t) + 0.2 * Math.sin(4 * Math.PI * tone.frequency * t));
    }
    samples[i] = Math.round(Math.max(-1, Math.min(1, (value * PEAK) / 1.2)) * 32_767);
  }
  return samples;
}

export function wavFile(samples: Int16Array, sampleRate = SAMPLE_RATE): Buffer {
  const dataBytes = samples.length * 2;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // PCM header size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28); // bytes per second
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, dataBytes)]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = path.resolve(import.meta.dirname, '..', 'assets', 'sounds', 'section-end.wav');
  mkdirSync(path.dirname(out), { recursive: true });
  const file = wavFile(chimeSamples());
  writeFileSync(out, file);
  console.log(`wrote ${path.relative(process.cwd(), out)} (${file.length} bytes)`);
}

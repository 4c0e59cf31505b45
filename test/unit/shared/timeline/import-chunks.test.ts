import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../../../src/shared/api/wire.ts';
import type { ImportedEvent } from '../../../../src/shared/timeline/import-result.ts';
import { importChunks } from '../../../../src/shared/timeline/send-import.ts';

const event = (index: number, description = `event ${index}`): ImportedEvent => ({
  line: index + 2,
  occurredAt: index * 1000,
  precision: 'second',
  description,
  actor: 'ops',
  phase: 'other',
  source: 'csv_import',
  origin: '',
});

describe('splitting an import into chunks the API takes', () => {
  it('keeps at most 5,000 events per chunk, in file order, leaving out the preview-only line number', () => {
    const chunks = importChunks(Array.from({ length: 12_001 }, (_, index) => event(index)));
    expect(chunks.map((chunk) => chunk.length)).toEqual([5_000, 5_000, 2_001]);
    expect(chunks.flat().map((sent) => sent.description)).toEqual(Array.from({ length: 12_001 }, (_, index) => `event ${index}`));
    expect(chunks[0]?.[0]).toEqual({
      occurredAt: 0,
      precision: 'second',
      description: 'event 0',
      actor: 'ops',
      phase: 'other',
      source: 'csv_import',
      origin: '',
    });
  });

  it('keeps each chunk within one API message, counting the bytes of text in any script', () => {
    const long = 'Сервис оплаты недоступен, 支付服务不可用 '.repeat(100);
    const chunks = importChunks(Array.from({ length: 3_000 }, (_, index) => event(index, long)));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(new TextEncoder().encode(JSON.stringify({ importId: 'x', events: chunk })).byteLength).toBeLessThan(MAX_MESSAGE_BYTES);
    }
    expect(chunks.flat()).toHaveLength(3_000);
  });

  it('sends nothing for nothing', () => {
    expect(importChunks([])).toEqual([]);
  });
});

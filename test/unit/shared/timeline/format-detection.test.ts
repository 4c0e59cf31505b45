import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat, readTimelineFile } from '../../../../src/shared/timeline/formats/registry.ts';
import { sniffFile } from '../../../../src/shared/timeline/formats/sniff-file.ts';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const context = { timeZone: 'UTC', anchorDate: '2017-01-31' };

describe('telling a timeline file’s format from its content', () => {
  it('recognises CSV by a header naming a time and an event column, in any case and order', () => {
    expect(detectFormat(file('export.txt', 'Phase,Event,Time\nresponse,Paged,23:10\n'))).toBe('csv');
    expect(detectFormat(file('a', '\uFEFFtime,description,actor\n23:10,Paged,ops\n'))).toBe('csv');
  });

  it('recognises chat lines when most of the first lines start with a time', () => {
    expect(detectFormat(file('paste', '[23:10] alice: paging\n[23:12] bob: on it\ncontinued here\n'))).toBe('chat');
    expect(detectFormat(file('paste', '2017-02-01 00:36 carol: db1 is back\n'))).toBe('chat');
  });

  it('falls back on the file name when the content is not recognised, so the reader can say what is wrong', () => {
    expect(detectFormat(file('bad.csv', 'when,what\n14:00,x\n'))).toBe('csv');
    expect(detectFormat(file('notes.txt', 'nothing with a time here\n'))).toBe('chat');
    expect(detectFormat(file('notes', 'nothing with a time here\n'))).toBeNull();
  });

  it('names the formats it knows when none fits', () => {
    const read = readTimelineFile(file('picture.png', '\u0000\u0001'), context);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(/^format: picture\.png is not a format Debrief recognises; choose one of .*csv.*chat/);
  });

  it('reads the format it is told, whatever the content looks like', () => {
    const read = readTimelineFile(file('x', 'time,event\n23:10,Paged\n'), context, 'chat');
    expect(read).toMatchObject({ ok: true, format: 'chat' });
  });

  it('looks into a ZIP without inflating it, and never takes bytes that are not UTF-8 as text', () => {
    const zip = zipSync({ 'channels.json': strToU8('[]'), 'general/2017-01-31.json': strToU8('[]') });
    expect(sniffFile({ name: 'export.zip', bytes: zip })).toEqual({
      name: 'export.zip',
      text: null,
      json: undefined,
      zipNames: ['channels.json', 'general/2017-01-31.json'],
    });
    expect(sniffFile({ name: 'latin1.csv', bytes: new Uint8Array([0x74, 0xe9, 0x0a]) }).text).toBeNull();
    expect(sniffFile(file('one.json', '{"log_entries": []}')).json).toEqual({ log_entries: [] });
  });
});

import { messageStart, parseChatTimeline } from '../chat-timeline.ts';
import { unreadable } from './file-text.ts';
import { sniffFile } from './sniff-file.ts';
import type { TimelineReader } from './timeline-reader.ts';

/** Pasted or saved chat lines such as "[14:05] alice: text"; detected when most of the first lines start with a time. */
export const chatReader: TimelineReader = {
  format: 'chat',
  label: 'Chat lines ([14:05] name: text)',
  extensions: ['txt', 'log'],
  detect({ text }) {
    if (text === null) return false;
    const lines = text
      .slice(0, 16_384)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(0, 20);
    return lines.length > 0 && lines.filter((line) => messageStart(line) !== null).length * 2 >= lines.length;
  },
  read(file, options) {
    const text = sniffFile(file).text;
    return text === null ? unreadable('file: is not UTF-8 text') : parseChatTimeline(text, options);
  },
};

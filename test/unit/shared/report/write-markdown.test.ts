import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../../../src/shared/report/markdown/write-markdown.ts';
import type { ReportDocument, ReportNode } from '../../../../src/shared/report/nodes.ts';

function docWith(nodes: ReportNode[]): ReportDocument {
  return {
    title: 'Post-Incident Review: INC-7',
    subtitle: 'Search was slow',
    severity: 'SEV3',
    severityMeaning: 'Internal teams were affected; customers were not',
    header: [
      { label: 'Incident ID', value: 'INC-7' },
      { label: 'Author', value: 'Ana' },
    ],
    sections: [{ id: 'summary', title: 'Executive summary', nodes }],
    properties: { title: 'Post-Incident Review: INC-7', author: 'Ana', subject: 'Search was slow', keywords: 'SEV3, INC-7' },
    fileBaseName: 'INC-7',
    imagesFolder: 'INC-7-images',
  };
}

const HEAD = '# Post-Incident Review: INC-7\n\nSearch was slow\n\n**Incident ID:** INC-7\n\n**Author:** Ana\n\n## Executive summary\n\n';

describe('writeMarkdown', () => {
  it.each<[string, ReportNode, string]>([
    ['a sub-heading', { type: 'heading', level: 3, text: 'Root cause 1' }, '### Root cause 1'],
    ['a level-4 heading on one line', { type: 'heading', level: 4, text: 'Gaps\nand more' }, '#### Gaps and more'],
    ['a paragraph with a line break kept inside it', { type: 'paragraph', text: 'first\nsecond' }, 'first\\\nsecond'],
    [
      'facts as bold labels',
      {
        type: 'facts',
        items: [
          { label: 'Data loss', value: 'None' },
          { label: 'Users', value: '12 %' },
        ],
      },
      '**Data loss:** None\n\n**Users:** 12 %',
    ],
    ['a bullet list', { type: 'list', ordered: false, items: ['one', 'two'] }, '- one\n- two'],
    [
      'a numbered list with a two-line item indented under its marker',
      { type: 'list', ordered: true, items: ['one\n- not a list', 'two'] },
      '1. one\\\n   \\- not a list\n2. two',
    ],
    [
      'a table with a header separator and escaped cells',
      {
        type: 'table',
        columns: [
          { title: 'Time', width: 20 },
          { title: 'Event', width: 80 },
        ],
        rows: [['00:41', 'a | b\nc']],
      },
      '| Time | Event |\n| --- | --- |\n| 00:41 | a \\| b<br>c |',
    ],
    [
      'a short row padded to the columns',
      {
        type: 'table',
        columns: [
          { title: 'A', width: 50 },
          { title: 'B', width: 50 },
        ],
        rows: [['x']],
      },
      '| A | B |\n| --- | --- |\n| x |  |',
    ],
    ['an empty state in italics', { type: 'empty', text: 'No lessons were recorded.' }, '*No lessons were recorded.*'],
  ])('writes %s', (_name, node, expected) => {
    expect(writeMarkdown(docWith([node]))).toBe(`${HEAD}${expected}\n`);
  });

  it('writes a section with no nodes as its heading alone', () => {
    expect(writeMarkdown(docWith([]))).toBe(HEAD.trimEnd() + '\n');
  });

  it('escapes a title that would otherwise close the heading or add markup', () => {
    const doc = { ...docWith([]), title: 'Review: INC-7 #', subtitle: '' };
    expect(writeMarkdown(doc).split('\n')[0]).toBe('# Review: INC-7 \\#');
  });
});

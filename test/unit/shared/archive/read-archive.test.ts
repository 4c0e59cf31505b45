import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src/shared/api/errors.ts';
import { archiveJson } from '../../../../src/shared/archive/archive-json.ts';
import { checkKeyTarget } from '../../../../src/shared/archive/check-key-target.ts';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type MeetingArchive } from '../../../../src/shared/archive/meeting-archive.ts';
import { readArchive } from '../../../../src/shared/archive/read-archive.ts';
import { realisticArchive } from '../../../fixtures/meeting-archives.ts';

function refusal(text: string): ApiError {
  try {
    readArchive(text);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the archive to be refused');
}

const withChange = (change: (archive: MeetingArchive) => void): string => {
  const archive = realisticArchive();
  change(archive);
  return JSON.stringify(archive);
};

describe('readArchive', () => {
  it('reads back exactly what archiveJson wrote', () => {
    const archive = realisticArchive();
    expect(readArchive(archiveJson(archive))).toEqual(archive);
  });

  it('accepts a file saved with a byte order mark', () => {
    const archive = realisticArchive();
    expect(readArchive(`\uFEFF${archiveJson(archive)}`)).toEqual(archive);
  });

  it('tells text that is not JSON from JSON that is not an archive', () => {
    expect(refusal('{"format": ').message).toMatch(/^archive: is not JSON, so it cannot be a Debrief archive \(/);
    for (const text of ['[]', 'null', '42', '{"format": "debrief.template"}', '{"version": 1}']) {
      expect(refusal(text)).toMatchObject({ code: 'invalid_input', field: 'archive.format' });
    }
  });

  it('refuses a newer archive before looking at its fields, naming both versions', () => {
    const error = refusal(JSON.stringify({ format: ARCHIVE_FORMAT, version: 8, somethingNew: true }));
    expect(error.message).toBe(
      `This archive was written by a newer version of Debrief (archive version 8); this version reads archive version ${ARCHIVE_VERSION}. Update Debrief to import it.`,
    );
    expect(
      refusal(
        withChange((archive) => {
          archive.version = 1.5;
        }),
      ).message,
    ).toBe('archive.version: must be a whole number');
    expect(
      refusal(
        withChange((archive) => {
          archive.version = '1' as never;
        }),
      ).message,
    ).toBe('archive.version: must be a version number');
  });

  it('names the path of a bad field', () => {
    expect(
      refusal(
        withChange((archive) => {
          archive.meeting.title = '';
        }),
      ).message,
    ).toBe('archive.meeting.title: must not be empty');
    expect(
      refusal(
        withChange((archive) => {
          archive.meeting.timeZone = 'Mars/Olympus';
        }),
      ).field,
    ).toBe('archive.meeting.timeZone');
    expect(
      refusal(
        withChange((archive) => {
          archive.agenda.timer.soundEnabled = 'yes' as never;
        }),
      ).message,
    ).toBe('archive.agenda.timer.soundEnabled: must be true or false');
    expect(
      refusal(
        withChange((archive) => {
          archive.participants[0]!.role = 'boss' as never;
        }),
      ).field,
    ).toBe('archive.participants.0.role');
    expect(
      refusal(
        withChange((archive) => {
          archive.dismissedChecks.push('');
        }),
      ).message,
    ).toBe('archive.dismissedChecks.2: must not be empty');
    expect(
      refusal(
        withChange((archive) => {
          delete (archive as Partial<MeetingArchive>).conflicts;
        }),
      ).field,
    ).toBe('archive.conflicts');
    expect(
      refusal(
        withChange((archive) => {
          Object.assign(archive, { extra: 1 });
        }),
      ).message,
    ).toBe('archive.extra: is not a field this method accepts');
  });

  it('refuses whys that loop, a node that is its own parent, and links across findings', () => {
    const loop = withChange((archive) => {
      const [first, second] = archive.whys;
      first!.parentId = second!.id;
      second!.parentId = first!.id;
    });
    expect(refusal(loop).message).toBe('archive.whys.0.parentId: makes the whys a loop instead of a tree');
    const own = withChange((archive) => {
      archive.whys[2]!.parentId = archive.whys[2]!.id;
    });
    expect(refusal(own).message).toBe('archive.whys.2.parentId: makes the whys a loop instead of a tree');
    const both = withChange((archive) => {
      const item = archive.actions[0]!;
      item.whyId = archive.whys[0]!.id;
      item.noteId = archive.notes[0]!.id;
    });
    expect(refusal(both).message).toBe('archive.actions.0.noteId: an action item addresses one finding, so whyId and noteId cannot both be set');
    const ended = withChange((archive) => {
      archive.meeting.incidentEndedAt = archive.meeting.incidentStartedAt! - 1;
    });
    expect(refusal(ended).message).toBe('archive.meeting.incidentEndedAt: the incident cannot end before it started');
    const template = withChange((archive) => {
      archive.agenda.templateId = 'panel-review';
    });
    expect(refusal(template).message).toBe('archive.agenda.templateId: must be the same as meeting.templateId');
  });
});

describe('archiveJson', () => {
  it('puts the kind and version first and every other key in a fixed order, whatever order the object had', () => {
    const archive = realisticArchive();
    const text = archiveJson(archive);
    const reversed = JSON.parse(JSON.stringify(archive), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as MeetingArchive;
    expect(Object.keys(reversed)[0]).toBe('tags');
    expect(archiveJson(reversed)).toBe(text);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'version',
      'exportedAt',
      'actions',
      'agenda',
      'conflicts',
      'dismissedChecks',
      'effectiveness',
      'evidence',
      'meeting',
      'notes',
      'participants',
      'review',
      'tags',
      'timeline',
      'whys',
    ]);
    expect(text).toContain('\n    "id": ');
    expect(text.endsWith('\n}\n')).toBe(true);
  });

  it('keeps control characters, noncharacters and emoji exactly', () => {
    const archive = realisticArchive();
    archive.meeting.summary = 'a\u0001b\u001f\u007f \uFFFE\uFFFF 👩‍👩‍👧 "quoted" \\ back';
    expect(readArchive(archiveJson(archive)).meeting.summary).toBe(archive.meeting.summary);
  });

  it('refuses a NUL character in any text, naming the field', () => {
    const archive = realisticArchive();
    archive.meeting.summary = 'a\u0000b';
    expect(() => readArchive(archiveJson(archive))).toThrow(
      expect.objectContaining({
        field: 'archive.meeting.summary',
        message: 'archive.meeting.summary: must not contain the NUL character (U+0000); remove it and try again',
      }),
    );
  });
});

describe('checkKeyTarget', () => {
  it('finds the item or why a cleared check names, and builds the key for another id', () => {
    expect(checkKeyTarget('missing-owner:abc')).toMatchObject({ kind: 'action', id: 'abc' });
    expect(checkKeyTarget('missing-due-date:abc')?.withId('xyz')).toBe('missing-due-date:xyz');
    expect(checkKeyTarget('unaddressed-cause:w1')?.withId('w2')).toBe('unaddressed-cause:w2');
    expect(checkKeyTarget('too-many')).toBeNull();
    expect(checkKeyTarget('past-due:abc')?.withId('xyz')).toBe('past-due:xyz');
    expect(checkKeyTarget('vague:abc')).toMatchObject({ kind: 'action', id: 'abc' });
    expect(checkKeyTarget('unaddressed-finding:n1')).toMatchObject({ kind: 'note', id: 'n1' });
    expect(checkKeyTarget('unaddressed-finding:n1')?.withId('n2')).toBe('unaddressed-finding:n2');
    expect(checkKeyTarget('empty-section:pir:summary')).toBeNull();
    expect(checkKeyTarget('no-actions')).toBeNull();
  });
});

describe('readArchive and the limits of a 5 Whys tree', () => {
  /** The realistic archive with its whys replaced by a problem statement and `deepest` answers, one below the other. */
  const withChain = (deepest: number): string =>
    withChange((archive) => {
      const template = archive.whys[0]!;
      archive.actions.forEach((item) => {
        item.whyId = null;
      });
      archive.dismissedChecks = [];
      archive.evidence = [];
      archive.whys = Array.from({ length: deepest + 1 }, (_, level) => ({
        ...template,
        id: `00000000-0000-4000-8000-${String(level).padStart(12, '0')}`,
        parentId: level === 0 ? null : `00000000-0000-4000-8000-${String(level - 1).padStart(12, '0')}`,
        position: 0,
        text: `Level ${level}`,
        kind: level === 0 ? 'problem' : 'unclassified',
      }));
    });

  it('reads a tree 25 levels deep and refuses one 26 levels deep, naming the why and the limit', () => {
    expect(readArchive(withChain(25)).whys).toHaveLength(26);
    const error = refusal(withChain(26));
    expect(error.field).toBe('archive.whys.26.parentId');
    expect(error.message).toBe(
      'archive.whys.26.parentId: puts this why 26 levels deep; a why may be at most 25 levels deep (the problem statement and 25 answers below it)',
    );
  });

  it('refuses more than 1,000 whys', () => {
    const wide = withChange((archive) => {
      const [problem] = archive.whys;
      archive.whys = [
        problem!,
        ...Array.from({ length: 1_000 }, (_, index) => ({
          ...problem!,
          id: crypto.randomUUID(),
          parentId: problem!.id,
          position: index,
          kind: 'unclassified' as const,
        })),
      ];
    });
    expect(refusal(wide).message).toBe('archive.whys: must hold at most 1,000 whys, the most one meeting can hold');
  });
});

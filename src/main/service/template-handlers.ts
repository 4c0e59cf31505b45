import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { BUILT_IN_TEMPLATES, isBuiltInTemplateId } from '../../shared/agenda/templates.ts';
import type { AgendaSection, TemplateSection } from '../../shared/domain/agenda.ts';
import { listSections } from '../db/repositories/agenda-sections.ts';
import { deleteTemplate, insertTemplate, listTemplates, templateExists } from '../db/repositories/agenda-templates.ts';
import type { ServiceContext } from './context.ts';
import { notFound, requireMeeting } from './required-rows.ts';

type TemplateHandlers = ApiHandlers<'templates'>;

/** A template keeps the plan (planned minutes), not what happened while running (extensions, time spent, decisions). */
function toTemplateSection(section: AgendaSection): TemplateSection {
  const planned: TemplateSection = { kind: section.kind, title: section.title, minutes: section.plannedSeconds / 60 };
  if (section.perspective !== null) planned.perspective = section.perspective;
  if (section.gated) planned.gated = true;
  return planned;
}

export function templateHandlers({ db, now, newId, mutate }: ServiceContext): TemplateHandlers {
  return {
    'templates.list': () => [...BUILT_IN_TEMPLATES, ...listTemplates(db)],

    'templates.saveFromMeeting': ({ meetingId, name }) =>
      mutate((changes) => {
        const meeting = requireMeeting(db, meetingId);
        const sections = listSections(db, meetingId);
        if (sections.length === 0) throw new ApiError('conflict', 'The agenda has no sections yet, so there is nothing to save as a template.');
        const template = insertTemplate(db, {
          id: newId(),
          name,
          description: `Saved from "${meeting.title}".`,
          sections: sections.map(toTemplateSection),
          now: now(),
        });
        changes.touch(meetingId, 'template', template.id, 'created');
        return template;
      }),

    'templates.delete': ({ id }) =>
      mutate((changes) => {
        if (isBuiltInTemplateId(id)) throw new ApiError('conflict', `"${id}" is a built-in template; only saved templates can be deleted.`);
        if (!templateExists(db, id)) throw notFound('template', id);
        deleteTemplate(db, id);
        // A saved template belongs to no meeting, so there is no meeting revision to count.
        changes.record({ meetingId: '', revision: 0, entity: 'template', entityId: id, op: 'deleted' });
        return { id };
      }),
  };
}

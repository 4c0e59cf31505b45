import type { AgendaTemplate } from '../../../shared/domain/agenda.ts';
import { EXIT_OK, type Command } from '../command.ts';
import { cellText, formatTable } from '../format-table.ts';
import { printApiError } from '../print-error.ts';

const NAME_WIDTH = 60;
const TITLE_WIDTH = 48;

/** What `templates --json` prints for each template: enough to pick one and see its agenda. */
export interface TemplateListing {
  id: string;
  name: string;
  builtIn: boolean;
  sections: Array<{ title: string; kind: string; minutes: number }>;
}

export function templateListing(template: AgendaTemplate): TemplateListing {
  return {
    id: template.id,
    name: template.name,
    builtIn: template.builtIn,
    sections: template.sections.map(({ title, kind, minutes }) => ({ title, kind, minutes })),
  };
}

function formatMinutes(minutes: number): string {
  return Number.isInteger(minutes) ? String(minutes) : minutes.toFixed(1);
}

/** One block per template: a heading line, then its sections as a table. */
export function templatesText(templates: readonly AgendaTemplate[]): string {
  return templates
    .map((template) => {
      const total = template.sections.reduce((sum, section) => sum + section.minutes, 0);
      const origin = template.builtIn ? 'built in' : 'saved';
      const heading = `${template.id}  ${cellText(template.name, NAME_WIDTH)}  (${origin}, ${formatMinutes(total)} min)`;
      const table = formatTable(
        ['MIN', 'KIND', 'SECTION'],
        template.sections.map((section) => [
          formatMinutes(section.minutes),
          section.kind,
          `${cellText(section.title, TITLE_WIDTH)}${section.gated ? '  [approve / revise gate]' : ''}`,
        ]),
      );
      return [heading, ...table.split('\n').map((line) => `  ${line}`)].join('\n');
    })
    .join('\n\n');
}

export const templatesCommand: Command = {
  name: 'templates',
  database: 'read',
  summary: 'List the agenda templates (built in, then saved) with their sections',
  usage: '',
  flagHelp: [],
  options: {},
  async run(context) {
    const api = await context.api();
    const listed = api.call('templates.list', {});
    if (!listed.ok) return printApiError(context, listed.error);
    context.out(context.json ? JSON.stringify(listed.result.map(templateListing), null, 2) : templatesText(listed.result));
    return EXIT_OK;
  },
};

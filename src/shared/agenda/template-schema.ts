import { z } from 'zod';
import { SECTION_SECONDS_MAX } from '../api/agenda.ts';
import { SECTION_KINDS, type TemplateSection } from '../domain/agenda.ts';
import { PERSPECTIVES } from '../domain/participant.ts';

/** One section of a saved template, as stored in agenda_templates.sections (JSON): checked whenever it is read back. */
export const templateSectionSchema = z.strictObject({
  kind: z.enum(SECTION_KINDS),
  title: z.string().trim().min(1),
  minutes: z
    .number()
    .min(0)
    .max(SECTION_SECONDS_MAX / 60),
  perspective: z.enum(PERSPECTIVES).nullable().optional(),
  gated: z.boolean().optional(),
});

export const templateSectionsSchema = z.array(templateSectionSchema).min(1);

export function parseTemplateSections(json: string): TemplateSection[] {
  return templateSectionsSchema.parse(JSON.parse(json));
}

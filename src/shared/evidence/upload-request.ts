import { MAX_IMAGE_LABEL } from '../domain/evidence.ts';

/** The browser's routes for images (see src/main/server/evidence-routes.ts). */
export const EVIDENCE_PATHS = {
  upload: '/api/evidence/upload',
  imagePrefix: '/api/evidence/image/',
} as const;

/** What an upload says besides its bytes, carried in the query string of the upload route. */
export interface UploadFields {
  meetingId: string;
  target: string;
  targetId: string;
  caption: string;
  fileName?: string | undefined;
  id?: string | undefined;
  createdAt?: number | undefined;
}

const TEXT_FIELDS = ['meetingId', 'target', 'targetId', 'caption', 'fileName', 'id'] as const;

/** The query string of an upload; its image goes in the body. */
export function evidenceUploadQuery(fields: UploadFields): string {
  const query = new URLSearchParams();
  for (const name of TEXT_FIELDS) {
    const value = fields[name];
    if (value !== undefined) query.set(name, value);
  }
  if (fields.createdAt !== undefined) query.set('createdAt', String(fields.createdAt));
  return query.toString();
}

/**
 * The fields of an upload read back from its query string, as the API input the service checks (evidence.upload's
 * schema names any that is missing or wrong); a createdAt that is not a number is passed on as written, to be refused.
 */
export function evidenceUploadFields(query: URLSearchParams): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const name of TEXT_FIELDS) {
    const value = query.get(name);
    if (value !== null) fields[name] = value;
  }
  const createdAt = query.get('createdAt');
  if (createdAt !== null) fields.createdAt = /^\d+$/.test(createdAt) ? Number(createdAt) : createdAt;
  return fields;
}

export function uploadTooLargeMessage(fileName: string): string {
  return `"${fileName}" is larger than ${MAX_IMAGE_LABEL}: attach a smaller image (crop the screenshot, or save it as JPEG).`;
}

/** What a piece of evidence hangs on: a timeline event, a why of the 5 Whys, or a note (a finding, a lesson, …). */
export const EVIDENCE_TARGETS = ['timeline_event', 'why', 'note'] as const;
export type EvidenceTarget = (typeof EVIDENCE_TARGETS)[number];

export const EVIDENCE_KINDS = ['image', 'link'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The image types the app stores, checked from the content (see sniff-image.ts); SVG is refused (it can carry script). */
export const IMAGE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type ImageMediaType = (typeof IMAGE_MEDIA_TYPES)[number];

export const IMAGE_EXTENSIONS: Readonly<Record<ImageMediaType, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/** 10 MB: a full-screen graph screenshot fits many times over; the upload route stops reading beyond it. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_IMAGE_LABEL = '10 MB';

export const EVIDENCE_CAPTION_MAX = 300;
export const EVIDENCE_URL_MAX = 2_000;
export const EVIDENCE_FILE_NAME_MAX = 255;

/**
 * An image or a link attached to one item of a meeting. An image's bytes are not part of this record: they are read
 * back with evidence.image (or GET /api/evidence/<id> in a browser).
 */
export interface Evidence {
  id: string;
  meetingId: string;
  target: EvidenceTarget;
  targetId: string;
  kind: EvidenceKind;
  /** An image's alt text, or a link's text: what a reader who cannot see the image learns from it. */
  caption: string;
  /** Set only for a link: http or https. */
  url: string | null;
  /** Set only for an image. */
  mediaType: ImageMediaType | null;
  /** Set only for an image. */
  byteSize: number | null;
  /** The name of the file the image came from, if it had one. */
  fileName: string | null;
  createdAt: number;
  updatedAt: number;
}

/** An image's content, as evidence.image answers it. */
export interface EvidenceImage {
  mediaType: ImageMediaType;
  bytes: Uint8Array;
}

/** Evidence as an archive (and a report) carries it: an image with its bytes in base64, a link with `data` null. */
export interface ArchivedEvidence extends Evidence {
  data: string | null;
}

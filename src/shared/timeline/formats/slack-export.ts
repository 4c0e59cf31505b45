import { unzipSync } from 'fflate';
import type { RejectedLine } from '../import-result.ts';
import { utf8Text } from './file-text.ts';

/**
 * The parts of a Slack export ZIP (Slack's help article "How to read Slack data exports"): `channels.json` (public
 * channels), `groups.json` (private channels), `mpims.json` (group direct messages), `dms.json` (direct messages),
 * `users.json` (`org_users.json` from an Enterprise Grid org), and one folder per conversation holding one JSON file
 * per day, `YYYY-MM-DD.json`, each an array of messages. Channels and private channels have folders named after
 * them, group DMs after their `name`, DMs after their id. A ZIP made by zipping the export's folder has all of this
 * one folder down, which is read the same way.
 */

/**
 * A ZIP whose chosen files would unpack to more than this is refused before anything is unpacked (a ZIP bomb guard).
 * The sizes are those the ZIP declares; fflate unpacks each entry into a buffer of its declared size and no further,
 * so a ZIP that understates them cannot unpack to more.
 */
export const SLACK_UNPACKED_BYTES_MAX = 1024 * 1024 * 1024;

const METADATA = ['channels.json', 'groups.json', 'mpims.json', 'dms.json', 'users.json', 'org_users.json'] as const;
type MetadataFile = (typeof METADATA)[number];

const METADATA_PATTERN = /(?:^|\/)(?:channels|users|org_users)\.json$/;
const DAY_PATTERN = /^([^/]+)\/(\d{4}-\d{2}-\d{2})\.json$/;

export interface SlackDayFile {
  /** The path inside the export, e.g. `incident-42/2017-02-01.json`, as rejections name it. */
  path: string;
  entry: string;
  /** Set when the entry cannot be unpacked; the file is then rejected with this reason. */
  problem?: string;
}

export interface SlackConversation {
  /** What --channel and the dialog call it: the channel's name, or the folder's for a DM. */
  name: string;
  /** Where its events come from, e.g. `#incident-42`. */
  origin: string;
  days: SlackDayFile[];
}

export interface SlackExport {
  /** Every conversation in the export, in the order of channels.json, groups.json, mpims.json, dms.json. */
  conversations: SlackConversation[];
  /** The ones to read: those named in `channels`, or all. */
  chosen: SlackConversation[];
  /** Names in `channels` the export has no conversation for. */
  unknown: string[];
  names: { user(id: string): string | undefined; channel(id: string): string | undefined };
  /** The unpacked files, by entry name. */
  files: Readonly<Record<string, Uint8Array>>;
  /** Metadata files that could not be read (the export is read without them). */
  problems: RejectedLine[];
}

export type OpenedSlackExport = { ok: true; export: SlackExport } | { ok: false; reason: string };

interface ZipEntry {
  name: string;
  originalSize: number;
  compression: number;
}

/** Whether a ZIP's entry names look like a Slack export: a channels or users list and at least one day file. */
export function looksLikeSlackExport(names: readonly string[]): boolean {
  const root = exportRoot(names);
  return root !== null && names.some((name) => name.startsWith(root) && DAY_PATTERN.test(name.slice(root.length)));
}

/** The folder holding channels.json or users.json ('' for the ZIP's top), or null when there is none. */
function exportRoot(names: readonly string[]): string | null {
  let root: string | null = null;
  for (const name of names) {
    if (!METADATA_PATTERN.test(name)) continue;
    const folder = name.slice(0, name.lastIndexOf('/') + 1);
    if (root === null || folder.length < root.length) root = folder;
  }
  return root;
}

function listEntries(bytes: Uint8Array): ZipEntry[] | string {
  try {
    const entries: ZipEntry[] = [];
    unzipSync(bytes, {
      filter({ name, originalSize, compression }) {
        entries.push({ name, originalSize, compression });
        return false;
      },
    });
    return entries;
  } catch {
    return 'file: is not a ZIP archive that can be opened; choose the ZIP file Slack gave you';
  }
}

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const objects = (value: unknown): Array<Record<string, unknown>> =>
  Array.isArray(value)
    ? value.flatMap((item: unknown): Array<Record<string, unknown>> => {
        const found = record(item);
        return found ? [found] : [];
      })
    : [];

/** A person's name as Slack shows it: the real name, else the display name, else the user name. */
export function personName(user: Record<string, unknown>): string {
  const profile = record(user.profile) ?? {};
  return text(profile.real_name) || text(user.real_name) || text(profile.display_name) || text(user.display_name) || text(user.name);
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024).toLocaleString('en-US')} MB`;

/**
 * Opens the export and unpacks the metadata and the day files of the chosen conversations (every one when
 * `channels` is empty), after checking they would not unpack to more than SLACK_UNPACKED_BYTES_MAX.
 */
export function openSlackExport(bytes: Uint8Array, channels: readonly string[] = []): OpenedSlackExport {
  const entries = listEntries(bytes);
  if (typeof entries === 'string') return { ok: false, reason: entries };
  const root = exportRoot(entries.map((entry) => entry.name));
  if (root === null) return { ok: false, reason: 'file: is a ZIP without channels.json or users.json, so not a Slack export' };

  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const folders = new Map<string, SlackDayFile[]>();
  for (const entry of entries) {
    if (!entry.name.startsWith(root)) continue;
    const path = entry.name.slice(root.length);
    const day = DAY_PATTERN.exec(path);
    if (!day?.[1]) continue;
    const file: SlackDayFile = { path, entry: entry.name };
    if (entry.compression !== 0 && entry.compression !== 8) file.problem = `is packed with a compression method Debrief cannot unpack (${entry.compression})`;
    const days = folders.get(day[1]) ?? [];
    days.push(file);
    folders.set(day[1], days);
  }
  for (const days of folders.values()) days.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const metadataEntries = METADATA.flatMap((file) => byName.get(root + file) ?? []).filter((entry) => entry.compression === 0 || entry.compression === 8);
  const metadata = unpack(bytes, metadataEntries);
  if (typeof metadata === 'string') return { ok: false, reason: metadata };
  const problems: RejectedLine[] = [];
  const list = (file: MetadataFile): Array<Record<string, unknown>> => {
    const data = metadata[root + file];
    if (!data) return [];
    const decoded = utf8Text(data);
    try {
      const parsed = decoded === null ? undefined : (JSON.parse(decoded) as unknown);
      if (Array.isArray(parsed)) return objects(parsed);
    } catch {
      // reported below
    }
    problems.push({ line: 0, reason: `${file}: is not a JSON list; the export is read without it` });
    return [];
  };

  const users = new Map<string, string>();
  for (const user of [...list('users.json'), ...list('org_users.json')]) {
    const id = text(user.id);
    const name = personName(user);
    if (id !== '' && name !== '' && !users.has(id)) users.set(id, name);
  }
  const channelNames = new Map<string, string>();
  const conversations: SlackConversation[] = [];
  const seen = new Set<string>();
  const add = (name: string, folder: string, origin: string) => {
    if (seen.has(folder)) return;
    seen.add(folder);
    conversations.push({ name, origin, days: folders.get(folder) ?? [] });
  };
  const members = (conversation: Record<string, unknown>) =>
    (Array.isArray(conversation.members) ? conversation.members : [])
      .filter((id): id is string => typeof id === 'string')
      .map((id) => users.get(id) ?? id)
      .join(', ');
  for (const file of ['channels.json', 'groups.json'] as const) {
    for (const channel of list(file)) {
      const name = text(channel.name);
      if (name === '') continue;
      if (text(channel.id) !== '') channelNames.set(text(channel.id), name);
      add(name, name, `#${name}`);
    }
  }
  for (const mpim of list('mpims.json')) {
    const name = text(mpim.name);
    if (name !== '') add(name, name, `group message (${members(mpim)})`);
  }
  for (const dm of list('dms.json')) {
    const id = text(dm.id);
    if (id !== '') add(id, id, `direct message (${members(dm)})`);
  }
  for (const folder of [...folders.keys()].sort()) add(folder, folder, `#${folder}`);

  const wanted = [...new Set(channels.map((name) => name.trim().replace(/^#/, '')).filter((name) => name !== ''))];
  const lowered = new Set(wanted.map((name) => name.toLowerCase()));
  const chosen = lowered.size === 0 ? conversations : conversations.filter((conversation) => lowered.has(conversation.name.toLowerCase()));
  const found = new Set(chosen.map((conversation) => conversation.name.toLowerCase()));
  const unknown = wanted.filter((name) => !found.has(name.toLowerCase()));
  const dayEntries = chosen.flatMap((conversation) => conversation.days.flatMap((day) => (day.problem === undefined ? (byName.get(day.entry) ?? []) : [])));
  const total = [...metadataEntries, ...dayEntries].reduce((sum, entry) => sum + entry.originalSize, 0);
  if (total > SLACK_UNPACKED_BYTES_MAX) {
    return {
      ok: false,
      reason: `file: would unpack to ${megabytes(total)}, more than the ${megabytes(SLACK_UNPACKED_BYTES_MAX)} Debrief reads from one Slack export; choose fewer channels or export a shorter date range`,
    };
  }
  const days = unpack(bytes, dayEntries);
  if (typeof days === 'string') return { ok: false, reason: days };

  return {
    ok: true,
    export: {
      conversations,
      chosen,
      unknown,
      names: { user: (id) => users.get(id), channel: (id) => channelNames.get(id) },
      files: { ...metadata, ...days },
      problems,
    },
  };
}

function unpack(bytes: Uint8Array, entries: readonly ZipEntry[]): Record<string, Uint8Array> | string {
  if (entries.length === 0) return {};
  const names = new Set(entries.map((entry) => entry.name));
  try {
    return unzipSync(bytes, { filter: (entry) => names.has(entry.name) });
  } catch {
    return 'file: is a damaged ZIP archive; its files cannot be unpacked';
  }
}

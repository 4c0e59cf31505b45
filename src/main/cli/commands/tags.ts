import { factorNameKey, type Factor } from '../../../shared/domain/factors.ts';
import { EXIT_OK, stringFlag, type Command, type CommandContext } from '../command.ts';
import { cellText, formatTable } from '../format-table.ts';
import type { LocalApi } from '../local-api.ts';
import { printApiError } from '../print-error.ts';

const WIDTH = 60;
const HELP_WIDTH = 22;

/** The taxonomy as a table: one factor a line, in its order. */
export function factorsText(factors: readonly Factor[]): string {
  if (factors.length === 0) return 'The list of contributing factors is empty.';
  return formatTable(
    ['FACTOR', 'STATUS', 'REVIEWS'],
    factors.map((factor) => [cellText(factor.name, WIDTH), factor.retiredAt === null ? 'offered' : 'retired', String(factor.reviewCount)]),
  );
}

function strings(context: CommandContext, name: string): string[] {
  const value = context.values[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The factor of that name, ignoring case, or an error printed naming it. */
function factorNamed(context: CommandContext, factors: readonly Factor[], name: string): Factor | number {
  const found = factors.find((factor) => factorNameKey(factor.name) === factorNameKey(name));
  if (found) return found;
  return printApiError(context, { code: 'not_found', message: `No contributing factor named "${name}"` });
}

/** Puts factors on the review or takes them off, by name; answers the review's factor names or an exit code. */
function tagReview(context: CommandContext, api: LocalApi, meetingId: string, add: readonly string[], remove: readonly string[]): string[] | number {
  const listed = api.call('tags.factors', {});
  if (!listed.ok) return printApiError(context, listed.error);
  const tags = api.call('tags.list', { meetingId });
  if (!tags.ok) return printApiError(context, tags.error);
  let ids = tags.result.find((item) => item.itemKind === 'meeting')?.factorIds ?? [];
  if (add.length > 0 || remove.length > 0) {
    for (const name of add) {
      const factor = factorNamed(context, listed.result, name);
      if (typeof factor === 'number') return factor;
      if (!ids.includes(factor.id)) ids = [...ids, factor.id];
    }
    for (const name of remove) {
      const factor = factorNamed(context, listed.result, name);
      if (typeof factor === 'number') return factor;
      ids = ids.filter((id) => id !== factor.id);
    }
    const set = api.call('tags.set', { meetingId, itemKind: 'meeting', itemId: meetingId, factorIds: ids });
    if (!set.ok) return printApiError(context, set.error);
  }
  const byId = new Map(listed.result.map((factor) => [factor.id, factor.name]));
  return ids.map((id) => byId.get(id) ?? id);
}

/** Applies one taxonomy edit; answers an exit code when it failed. */
function editTaxonomy(context: CommandContext, api: LocalApi): number | undefined {
  const created = stringFlag(context.values, 'new');
  if (created !== undefined) {
    const added = api.call('tags.addFactor', { name: created });
    if (!added.ok) return printApiError(context, added.error);
  }
  const edits: Array<[flag: string, apply: (factor: Factor, value: string) => ReturnType<LocalApi['call']>]> = [
    ['rename', (factor) => api.call('tags.updateFactor', { id: factor.id, patch: { name: stringFlag(context.values, 'to') ?? '' } })],
    ['retire', (factor) => api.call('tags.updateFactor', { id: factor.id, patch: { retired: true } })],
    ['offer', (factor) => api.call('tags.updateFactor', { id: factor.id, patch: { retired: false } })],
    ['delete', (factor) => api.call('tags.deleteFactor', { id: factor.id })],
  ];
  for (const [flag, apply] of edits) {
    const name = stringFlag(context.values, flag);
    if (name === undefined) continue;
    const listed = api.call('tags.factors', {});
    if (!listed.ok) return printApiError(context, listed.error);
    const factor = factorNamed(context, listed.result, name);
    if (typeof factor === 'number') return factor;
    const done = apply(factor, name);
    if (!done.ok) return printApiError(context, done.error);
  }
  return undefined;
}

export const tagsCommand: Command = {
  name: 'tags',
  database: 'write',
  summary: "List or edit the contributing factors; show or set a review's factors",
  usage: '[--new NAME | --rename NAME --to NEW | --retire NAME | --offer NAME | --delete NAME] | --meeting ID [--add NAME …] [--remove NAME …]',
  flagHelp: [
    `${'--new NAME'.padEnd(HELP_WIDTH)}adds a factor at the end of the list, then lists it`,
    `${'--rename NAME --to NEW'.padEnd(HELP_WIDTH)}renames a factor; every review using it shows the new name`,
    `${'--retire NAME'.padEnd(HELP_WIDTH)}stops offering a factor; reviews using it keep it`,
    `${'--offer NAME'.padEnd(HELP_WIDTH)}offers a retired factor again`,
    `${'--delete NAME'.padEnd(HELP_WIDTH)}deletes a factor no review uses (one in use is refused: retire it)`,
    `${'--meeting ID'.padEnd(HELP_WIDTH)}shows that review's factors; with --add or --remove, changes them`,
    `${'--add NAME'.padEnd(HELP_WIDTH)}with --meeting: puts the factor on the review; repeat it for each`,
    `${'--remove NAME'.padEnd(HELP_WIDTH)}with --meeting: takes the factor off the review; repeat it for each`,
  ],
  options: {
    new: { type: 'string' },
    rename: { type: 'string' },
    to: { type: 'string' },
    retire: { type: 'string' },
    offer: { type: 'string' },
    delete: { type: 'string' },
    meeting: { type: 'string' },
    add: { type: 'string', multiple: true },
    remove: { type: 'string', multiple: true },
  },
  async run(context) {
    const meetingId = stringFlag(context.values, 'meeting');
    const add = strings(context, 'add');
    const remove = strings(context, 'remove');
    const taxonomyFlags = ['new', 'rename', 'retire', 'offer', 'delete'].filter((flag) => stringFlag(context.values, flag) !== undefined);
    if (meetingId === undefined && (add.length > 0 || remove.length > 0)) return context.usageError('--add and --remove go with --meeting ID');
    if (meetingId !== undefined && taxonomyFlags.length > 0) return context.usageError('edit the list of factors or a review’s factors, not both at once');
    if (taxonomyFlags.length > 1) return context.usageError('give one of --new, --rename, --retire, --offer and --delete at a time');
    if ((stringFlag(context.values, 'rename') === undefined) !== (stringFlag(context.values, 'to') === undefined)) {
      return context.usageError('--rename NAME goes with --to NEW');
    }

    const api = await context.api();
    if (meetingId !== undefined) {
      const names = tagReview(context, api, meetingId, add, remove);
      if (typeof names === 'number') return names;
      if (context.json) context.out(JSON.stringify({ meetingId, factors: names }, null, 2));
      else context.out(names.length === 0 ? 'This review has no contributing factors.' : names.join('\n'));
      return EXIT_OK;
    }
    const failed = editTaxonomy(context, api);
    if (failed !== undefined) return failed;
    const listed = api.call('tags.factors', {});
    if (!listed.ok) return printApiError(context, listed.error);
    context.out(context.json ? JSON.stringify(listed.result, null, 2) : factorsText(listed.result));
    return EXIT_OK;
  },
};

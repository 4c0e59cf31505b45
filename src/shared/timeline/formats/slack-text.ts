/**
 * Slack's message markup as plain text. In a message's `text`, Slack writes `&`, `<` and `>` as `&amp;`, `&lt;` and
 * `&gt;`, and everything between a real `<` and `>` is a reference: `<@U123>` a person, `<#C123|name>` a channel,
 * `<!here>` a group mention, `<!subteam^S123|@team>` a user group, `<!date^…|fallback>` a date, and anything else a
 * link, `<https://x|label>` or bare `<https://x>`. Other markup (`*bold*`, `_italic_`, `:emoji:`) stays as typed.
 */

export interface SlackNames {
  /** A person's name by user id, or undefined when the export does not know the id. */
  user(id: string): string | undefined;
  /** A channel's name by channel id. */
  channel(id: string): string | undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

const unescapeEntities = (text: string): string => (text.includes('&') ? text.replace(/&(?:amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity) : text);

/** The reference's target and its label, unescaped: `<target|label>`. */
function split(inner: string): { target: string; label: string } {
  const bar = inner.indexOf('|');
  return bar < 0
    ? { target: unescapeEntities(inner), label: '' }
    : { target: unescapeEntities(inner.slice(0, bar)), label: unescapeEntities(inner.slice(bar + 1)) };
}

const withAt = (name: string) => (name.startsWith('@') ? name : `@${name}`);

/** `<!here>`, `<!channel>`, `<!everyone>`, `<!subteam^S1|@team>`, `<!date^1700000000^{date}|fallback>`. */
function special(target: string, label: string): string {
  const [kind = '', id = ''] = target.split('^');
  if (kind === 'subteam') return withAt(label || id);
  if (kind === 'date') return label || target.slice('date^'.length);
  return withAt(label || kind);
}

/** A link: its label and its address, or only one of them when they say the same thing. */
function link(target: string, label: string): string {
  if (label === '' || label === target) return target;
  const withoutScheme = target.replace(/^(?:https?:\/\/|mailto:|tel:)/i, '');
  if (label === withoutScheme || label === withoutScheme.replace(/\/$/, '')) return label;
  return `${label} (${target})`;
}

function reference(inner: string, names: SlackNames): string {
  const { target, label } = split(inner);
  switch (target[0]) {
    case '@':
      return `@${names.user(target.slice(1)) ?? (label.replace(/^@/, '') || target.slice(1))}`;
    case '#':
      return `#${label.replace(/^#/, '') || names.channel(target.slice(1)) || target.slice(1)}`;
    case '!':
      return special(target.slice(1), label);
    default:
      return link(target, label);
  }
}

/** A Slack message's `text` as the plain text a person reads in Slack. */
export function slackPlainText(text: string, names: SlackNames): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text.replace(/<([^<>]*)>|&(?:amp|lt|gt);/g, (match, inner: string | undefined) =>
    inner === undefined ? (ENTITIES[match] ?? match) : reference(inner, names),
  );
}

/**
 * A large timeline CSV as a team's log export would give it: `rows` events one second apart from `start` (UTC),
 * with varied actors, phases and text (quotes, commas, non-Latin scripts), deterministic so tests can name rows.
 */
export function timelineCsv(rows: number, start = Date.UTC(2017, 0, 31, 23, 0)): string {
  const actors = ['alertmanager', 'Sarah Cohen', 'deploy-bot', 'שרה כהן', 'on-call'];
  const phases = ['detection', 'response', 'mitigation', 'other', 'resolution'];
  const lines = ['time,event,actor,phase'];
  for (let index = 0; index < rows; index += 1) {
    const time = new Date(start + index * 1000).toISOString();
    const text =
      index % 7 === 0
        ? `"Replica lag ${index} s, ""db2"" behind"`
        : index % 11 === 0
          ? `Задержка репликации ${index}`
          : `Log line ${index}: checkout p99 ${index % 900} ms`;
    lines.push(`${time},${text},${actors[index % actors.length] ?? ''},${phases[index % phases.length] ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The value of `--name value` or `--name=value` in argv, the last one winning; undefined when absent or empty.
 * Scans everything because Electron's argv starts with the executable, and in development also the app folder.
 */
export function readFlag(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === name) {
      value = argv[index + 1];
      index += 1;
    } else if (argument?.startsWith(`${name}=`)) {
      value = argument.slice(name.length + 1);
    }
  }
  return value === undefined || value === '' || value.startsWith('--') ? undefined : value;
}

/** Long enough for the browser to have started reading the blob; the download itself does not need the URL after. */
const REVOKE_AFTER_MS = 60_000;

/** Browser mode: hands the bytes to the browser as a download under `name`. */
export function downloadFile(name: string, data: Uint8Array, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([data.slice()], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

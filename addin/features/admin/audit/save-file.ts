/** Hands a downloaded file to the browser's save, as a link with `download` would. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has started the download by the next task; the object URL can go then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

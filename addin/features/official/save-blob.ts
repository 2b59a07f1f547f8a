/** Offers a file to the browser as a download (the preview host, where there is no Word to open it in). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

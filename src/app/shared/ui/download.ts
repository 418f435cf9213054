/**
 * Saves content as a file through the browser's own download: nothing is uploaded, the browser
 * writes it from memory. `content` is text, bytes (a PDF), a Blob, or a `data:` URL (a chart's PNG).
 */
export function downloadFile(document: Document, fileName: string, content: string | Uint8Array | Blob, type: string): void {
  const isDataUrl = typeof content === 'string' && content.startsWith('data:');
  const url = isDataUrl ? content : URL.createObjectURL(content instanceof Blob ? content : new Blob([content as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  if (!isDataUrl) setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

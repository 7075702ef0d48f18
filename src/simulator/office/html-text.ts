/** Plain text of body HTML, as Outlook's `body.getAsync(Text)` gives it (block elements become line breaks). */
export function htmlToPlainText(html: string): string {
  const container = document.createElement('div');
  container.innerHTML = html;
  const lines: string[] = [];
  let line = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.textContent ?? '';
      return;
    }
    const tag = node.nodeName.toLowerCase();
    const block = tag === 'div' || tag === 'p' || tag === 'li' || tag === 'tr' || /^h[1-6]$/.test(tag);
    if (tag === 'br') {
      lines.push(line);
      line = '';
      return;
    }
    if (block && line !== '') {
      lines.push(line);
      line = '';
    }
    node.childNodes.forEach(walk);
    if (block) {
      lines.push(line);
      line = '';
    }
  };
  container.childNodes.forEach(walk);
  if (line !== '') lines.push(line);
  return lines
    .join('\n')
    .replace(/\u00a0/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Escapes text for insertion into the body as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

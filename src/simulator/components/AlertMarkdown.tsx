/**
 * The Markdown subset Smart Alerts render, as React text (never HTML): paragraphs (`\n\n`), bulleted and
 * numbered lists (items ended by `\r` or a line break), bold and italics (`**`, `__`, `*`, `_`), [links](https://…).
 */
import { Fragment, type ReactNode } from 'react';

const INLINE = /\*\*([^*]+)\*\*|__([^_]+)__|\*([^*]+)\*|\b_([^_]+)_\b|\[([^\]]+)\]\((https:[^)\s]+)\)/g;

function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  INLINE.lastIndex = 0;
  for (let match = INLINE.exec(text); match; match = INLINE.exec(text)) {
    out.push(text.slice(last, match.index));
    const [, bold1, bold2, italic1, italic2, linkText, href] = match;
    const key = match.index;
    if (bold1 !== undefined || bold2 !== undefined) out.push(<strong key={key}>{bold1 ?? bold2}</strong>);
    else if (italic1 !== undefined || italic2 !== undefined)
      out.push(<em key={key}>{italic1 ?? italic2}</em>);
    else
      out.push(
        <a key={key} href={href} target="_blank" rel="noreferrer">
          {linkText}
        </a>,
      );
    last = match.index + match[0].length;
  }
  out.push(text.slice(last));
  return out;
}

const BULLET = /^\s*[-*] /;
const NUMBERED = /^\s*\d+\. /;

export function AlertMarkdown({ markdown }: { readonly markdown: string }) {
  const blocks = markdown.split(/\n{2,}/);
  return (
    <>
      {blocks.map((block, index) => {
        const lines = block.split(/\r\n?|\n/).filter((line) => line !== '');
        const list =
          lines.length > 0 && lines.every((line) => BULLET.test(line))
            ? 'ul'
            : lines.length > 0 && lines.every((line) => NUMBERED.test(line))
              ? 'ol'
              : undefined;
        if (list) {
          const List = list;
          return (
            <List key={index}>
              {lines.map((line, i) => (
                <li key={i}>{inline(line.replace(list === 'ul' ? BULLET : NUMBERED, ''))}</li>
              ))}
            </List>
          );
        }
        return (
          <p key={index}>
            {lines.map((line, i) => (
              <Fragment key={i}>
                {i > 0 ? <br /> : null}
                {inline(line)}
              </Fragment>
            ))}
          </p>
        );
      })}
    </>
  );
}

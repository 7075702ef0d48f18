/**
 * Streaming pieces used to read large XML parts while they inflate: splitting the input anywhere must
 * give exactly what reading it whole gives.
 */
import { Utf8Stream } from '../../../src/core/extraction/utf8-stream';
import type { XmlHandler } from '../../../src/core/extraction/xml';
import { scanXml } from '../../../src/core/extraction/xml';
import { XmlStream } from '../../../src/core/extraction/xml-stream';

const XML =
  '<?xml version="1.0"?><r a="1 &amp; 2"><t>Åsa &amp; Pär 🙂</t><!-- a < b --><t><![CDATA[x < y]]></t>' +
  '<c r="A1" t="s"/><t>000229-2399</t></r>';

function recorder(): { handler: XmlHandler; events: string[] } {
  const events: string[] = [];
  return {
    events,
    handler: {
      open: (name, attrs, selfClosing) => events.push(`open ${name}${attrs}${selfClosing ? '/' : ''}`),
      close: (name) => events.push(`close ${name}`),
      text: (text) => events.push(`text ${text}`),
    },
  };
}

/** Merges adjacent text events: a text node may legitimately arrive in several calls. */
function merged(events: readonly string[]): string[] {
  const out: string[] = [];
  for (const event of events) {
    const last = out[out.length - 1];
    if (event.startsWith('text ') && last !== undefined && last.startsWith('text '))
      out[out.length - 1] = last + event.slice(5);
    else out.push(event);
  }
  return out;
}

describe('Utf8Stream', () => {
  const bytes = Buffer.from(XML, 'utf8');
  it.each([1, 2, 3, 5, 7, 64])('decodes the same text when fed %i bytes at a time', (size) => {
    const stream = new Utf8Stream();
    let text = '';
    for (let at = 0; at < bytes.length; at += size) text += stream.push(bytes.subarray(at, at + size));
    expect(text + stream.end()).toBe(XML);
  });
});

describe('XmlStream', () => {
  const whole = recorder();
  scanXml(XML, whole.handler);

  it('gives the same events as a whole scan for every two-piece split', () => {
    for (let cut = 0; cut <= XML.length; cut++) {
      const split = recorder();
      const stream = new XmlStream(split.handler);
      stream.push(XML.slice(0, cut));
      stream.push(XML.slice(cut));
      expect(stream.end()).toBe('complete');
      expect(merged(split.events)).toEqual(merged(whole.events));
    }
  });

  it('still refuses a DOCTYPE split across pieces', () => {
    const stream = new XmlStream({});
    stream.push('<?xml version="1.0"?><!DOC');
    stream.push('TYPE r [<!ENTITY a "b">]><r/>');
    expect(stream.end()).toBe('doctype');
  });
});

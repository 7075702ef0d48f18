import { htmlToText } from '../../../src/core/extraction';

describe('htmlToText', () => {
  it.each([
    ['paragraphs become lines', '<p>Hej</p><p>då</p>', 'Hej\ndå'],
    ['br is a line break', 'a<br>b<br/>c', 'a\nb\nc'],
    ['white space collapses', '<div>  many \n   spaces  </div>', 'many spaces'],
    [
      'table cells are tab-separated',
      '<table><tr><td>Namn</td><td>Personnummer</td></tr><tr><td>Anna</td><td>000229-2399</td></tr></table>',
      'Namn\tPersonnummer\nAnna\t000229-2399',
    ],
    ['named and numeric entities', '&Aring;sa &amp; P&#228;r &#x2013; 5&nbsp;kr', 'Åsa & Pär – 5\u00a0kr'],
    ['unknown entities stay', '&bogus; &amp', '&bogus; &amp'],
    [
      'script, style and head are skipped',
      '<head><title>t</title></head><style>p{}</style><script>var x = "<p>";</script><p>body</p>',
      'body',
    ],
    ['comments are skipped', 'a<!-- 000229-2399 -->b', 'ab'],
    ['a lone < is text', '3 < 4 and 5 > 2', '3 < 4 and 5 > 2'],
    ['attributes with > inside quotes', '<a title="x > y" href="mailto:a@b.se">mail</a>', 'mail'],
    ['inline elements do not split words', 'per<b>son</b>nummer', 'personnummer'],
    ['unclosed tag at the end', 'text <b', 'text'],
  ])('%s', (_label, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it('is linear on hostile markup (many unclosed quotes and tags)', () => {
    const hostile = '<a title="'.repeat(20000) + '<'.repeat(20000);
    expect(typeof htmlToText(hostile)).toBe('string');
  });
});

import { maskInHtml } from '../../src/taskpane/mask/mask-html';

describe('masking values in the body', () => {
  it('replaces every occurrence in text and counts them', () => {
    const html = '<p>Anna 850709-9805</p><p>igen: 850709-9805</p>';
    const out = maskInHtml(html, [{ value: '850709-9805', masked: '850709-****' }]);
    expect(out).toEqual({ html: '<p>Anna 850709-****</p><p>igen: 850709-****</p>', replaced: 2 });
  });

  it('never touches tags or attributes', () => {
    const html = '<a href="https://x.example/850709-9805" title="850709-9805">850709-9805</a>';
    const out = maskInHtml(html, [{ value: '850709-9805', masked: '850709-****' }]);
    expect(out.html).toBe('<a href="https://x.example/850709-9805" title="850709-9805">850709-****</a>');
  });

  it('matches a space written as &nbsp; and escapes what it writes', () => {
    const out = maskInHtml('<p>Ring 070-123&nbsp;45&nbsp;67</p>', [
      { value: '070-123 45 67', masked: '070-123 <**>' },
    ]);
    expect(out).toEqual({ html: '<p>Ring 070-123 &lt;**&gt;</p>', replaced: 1 });
  });

  it('leaves the body as it is when the value is not there', () => {
    expect(maskInHtml('<p>Hej</p>', [{ value: '850709-9805', masked: 'x' }])).toEqual({
      html: '<p>Hej</p>',
      replaced: 0,
    });
  });
});

/**
 * The landing page's only style block (allowed by its hash in the CSP). System fonts, no images, colours
 * with at least 4.5:1 contrast, one column that fits a 320 px phone and centres on a desktop.
 */
export const LANDING_CSS = [
  ':root{color-scheme:light;--ink:#1b1f24;--muted:#4d5560;--accent:#0b5cad;--line:#d6dbe1;--bg:#f3f5f8}',
  '*{box-sizing:border-box}',
  'body{margin:0;background:var(--bg);color:var(--ink);font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}',
  '.brand{display:flex;align-items:center;gap:.75rem;max-width:36rem;margin:0 auto;padding:1.25rem 1rem .5rem}',
  '.logo{max-height:2.5rem;max-width:10rem}',
  '.company{font-weight:600;font-size:1.125rem}',
  '.card{max-width:36rem;margin:0 auto;background:#fff;border:1px solid var(--line);border-radius:.75rem;padding:1.25rem 1.25rem 1.5rem}',
  'h1{font-size:1.375rem;line-height:1.3;margin:0 0 1rem}',
  'h2{font-size:1rem;margin:1.25rem 0 .25rem}',
  '.facts{margin:0 0 1rem;padding:.75rem 1rem;border:1px solid var(--line);border-radius:.5rem;background:#f9fafb}',
  '.row{display:flex;flex-wrap:wrap;gap:0 .75rem;padding:.25rem 0}',
  'dt{flex:0 0 8.5rem;color:var(--muted)}',
  'dd{margin:0;flex:1 1 12rem;overflow-wrap:anywhere}',
  '.muted{color:var(--muted)}',
  '.lead{margin:.5rem 0}',
  '.alert{margin:.5rem 0;padding:.75rem 1rem;border-left:4px solid #a4262c;background:#fdf3f4;color:#6b1419}',
  '.steps{margin:.25rem 0 1rem;padding-left:1.5rem}',
  'label{display:block;font-weight:600;margin-top:1rem}',
  '.hint{margin:.125rem 0 .375rem;color:var(--muted);font-size:.9375rem}',
  'input{display:block;width:100%;min-height:2.75rem;padding:.5rem .75rem;font:inherit;border:1px solid #8a939e;border-radius:.375rem}',
  'input:focus,button:focus,a:focus{outline:3px solid #ffb900;outline-offset:2px}',
  'button,.button{display:inline-block;margin-top:1rem;min-height:2.75rem;padding:.625rem 1.25rem;font:inherit;font-weight:600;color:#fff;background:var(--accent);border:0;border-radius:.375rem;text-decoration:none;cursor:pointer}',
  '.secondary{color:var(--accent);background:#fff;border:1px solid var(--accent)}',
  '.internal{margin-top:1.5rem;padding-top:1rem;border-top:1px solid var(--line)}',
  'footer{max-width:36rem;margin:0 auto;padding:1rem;color:var(--muted);font-size:.875rem}',
  '@media (max-width:30rem){.card{border-radius:0;border-left:0;border-right:0}dt{flex-basis:100%}button{width:100%}}',
].join('');

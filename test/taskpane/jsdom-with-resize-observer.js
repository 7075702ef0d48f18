/* eslint-disable @typescript-eslint/no-require-imports -- Jest loads test environments as CommonJS. */
// jsdom plus the ResizeObserver browsers have and jsdom lacks, which Fluent's MessageBar uses to reflow a
// single-line bar. jsdom lays nothing out, so it reports no size change. Used with
// `@jest-environment ./test/taskpane/jsdom-with-resize-observer.js`.
const { TestEnvironment } = require('jest-environment-jsdom');

class NoLayoutResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

class JsdomWithResizeObserver extends TestEnvironment {
  async setup() {
    await super.setup();
    this.global.ResizeObserver = NoLayoutResizeObserver;
  }
}

module.exports = JsdomWithResizeObserver;

/* eslint-disable @typescript-eslint/no-require-imports -- Jest loads test environments as CommonJS. */
// jsdom as the test environment, plus the Encoding API browsers have and jsdom lacks (TextEncoder/TextDecoder),
// which the core's extraction uses, and Web Crypto (the decision log's keyed draft fingerprint). Used with `@jest-environment ./test/taskpane/jsdom-with-encoding.js`.
const { TestEnvironment } = require('jest-environment-jsdom');
const { TextDecoder, TextEncoder } = require('node:util');
const { webcrypto } = require('node:crypto');

class JsdomWithEncoding extends TestEnvironment {
  async setup() {
    await super.setup();
    this.global.TextEncoder = TextEncoder;
    this.global.TextDecoder = TextDecoder;
    Object.defineProperty(this.global, 'crypto', { value: webcrypto, configurable: true });
  }
}

module.exports = JsdomWithEncoding;

/* eslint-disable @typescript-eslint/no-require-imports -- Jest loads test environments as CommonJS. */
// jsdom (the simulator's draft needs a DOM) plus what browsers have and jsdom lacks here: the Encoding API,
// fetch (to reach a real vault on loopback) and Web Crypto (SHA-256).
const JsdomWithEncoding = require('../jsdom-with-encoding.js');
const { webcrypto } = require('node:crypto');

class JsdomWithFetch extends JsdomWithEncoding {
  async setup() {
    await super.setup();
    this.global.fetch = fetch;
    this.global.Response = Response;
    this.global.Headers = Headers;
    this.global.AbortController = AbortController;
    this.global.AbortSignal = AbortSignal;
    Object.defineProperty(this.global, 'crypto', { value: webcrypto, configurable: true });
  }
}

module.exports = JsdomWithFetch;

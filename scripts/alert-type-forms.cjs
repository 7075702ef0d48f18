// The Smart Alert's names for the types it names by their own name, worked out when onsend.js is built:
// src/onsend/type-forms.ts is bundled and run here, and its result replaces the module in the bundle
// (src/onsend/type-forms-built.ts), so the entity-type registry's other names never reach it.
const { moduleExports } = require('./module-exports.cjs');

/** `{ sv: { type: [one, many] … }, en: … }`, by the project's own code under `root`. */
function alertTypeForms(root) {
  return moduleExports(
    root,
    "import { typeForms } from './src/onsend/type-forms';\n" +
      "export const forms = { sv: typeForms('sv'), en: typeForms('en') };",
  ).forms;
}

module.exports = { alertTypeForms };

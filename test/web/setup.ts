// Browser mocha (its standalone build defines globalThis.mocha) set up before any test file registers suites.
import 'mocha/mocha.js';

mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 30000, color: false });

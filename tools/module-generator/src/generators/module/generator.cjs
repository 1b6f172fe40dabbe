// Nx loads generators with require(); tsx compiles the TypeScript source on the way (Node 20 cannot).
require('tsx/cjs/api').register();
module.exports = require('./module-generator.ts');

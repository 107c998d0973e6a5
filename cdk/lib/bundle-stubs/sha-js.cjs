// Stands in for the sha.js package in the Lambda bundle (see lambda-bundling.ts). Apollo Server hashes each
// query with @apollo/utils.createhash, which uses Node's crypto only when `module.require` exists; inside a
// bundle it does not, so it falls back to sha.js, a pure-JavaScript hash whose dependencies cost tens of
// milliseconds of cold start. Node's crypto gives the same digests.
'use strict';
const { createHash } = require('node:crypto');
module.exports = (algorithm) => createHash(algorithm);

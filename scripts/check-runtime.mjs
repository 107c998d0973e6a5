// Runs before `npm start` and `npm run token`: says in plain words what to install when Node or Java is too
// old or missing. Written in old-fashioned JavaScript on purpose, so that an old Node can run it and say so.
// Usage: node scripts/check-runtime.mjs [--no-java]
import { spawnSync } from 'child_process';

var NODE_MIN = [22, 12];
var JAVA_MIN = 17;
var problems = [];

var nodeParts = process.versions.node.split('.').map(Number);
if (nodeParts[0] < NODE_MIN[0] || (nodeParts[0] === NODE_MIN[0] && nodeParts[1] < NODE_MIN[1])) {
  problems.push(
    'MASH Register needs Node.js ' +
      NODE_MIN.join('.') +
      ' or newer; this is Node.js ' +
      process.versions.node +
      ' (' +
      process.execPath +
      ').\n' +
      '  Node 20 and older are end of life. Install Node 22:\n' +
      '    from https://nodejs.org/en/download (the LTS installer), or\n' +
      "    with nvm:  nvm install 22 && nvm use 22   (the repository's .nvmrc says 22)",
  );
}

// DynamoDB Local is a Java program; it is not needed when DYNAMODB_ENDPOINT points at a database already.
var needJava = process.argv.indexOf('--no-java') === -1 && !process.env.DYNAMODB_ENDPOINT;
if (needJava) {
  var javaMajor = readJavaMajorVersion();
  if (javaMajor === null || javaMajor < JAVA_MIN) {
    problems.push(
      (javaMajor === null
        ? 'Java was not found (`java -version` did not run).'
        : 'Java ' + javaMajor + ' is too old.') +
        ' DynamoDB Local, which `npm start` runs, needs Java ' +
        JAVA_MIN +
        ' or newer. Install it:\n' +
        '    Debian/Ubuntu:  sudo apt-get install -y openjdk-17-jre-headless   (or default-jre-headless on Debian 12+, Ubuntu 24.04+)\n' +
        "    macOS:          brew install openjdk@17   (then follow brew's note to put it on PATH)\n" +
        '    Windows:        winget install Microsoft.OpenJDK.17\n' +
        '  Or run a DynamoDB yourself and set DYNAMODB_ENDPOINT (for example http://localhost:8000).',
    );
  }
}

if (problems.length > 0) {
  process.stderr.write('\n' + problems.join('\n\n') + '\n\n');
  process.exit(1);
}

/** The major version `java -version` reports (8 for "1.8.0_392", 17 for "17.0.9"), or null without Java. */
function readJavaMajorVersion() {
  var result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  var match = /version "(\d+)(?:\.(\d+))?/.exec(String(result.stderr) + String(result.stdout));
  if (!match) return null;
  var major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

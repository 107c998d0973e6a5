import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * An Apollo Server plugin whose landing page (what a browser gets on GET) is a small explorer: run a query
 * with variables and a bearer token, and list the schema's queries and mutations. It replaces Apollo's
 * Sandbox, which loads from a CDN, so it works offline and with a strict Content-Security-Policy. Install it
 * only where introspection is allowed: the schema list uses introspection.
 */
export function createExplorerPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  const html = renderExplorerHtml();
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fff; --muted: #505a5f; --line: #b1b4b6; --accent: #1d70b8; --error: #d4351c; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #f3f2f1; --bg: #161616; --muted: #b1b4b6; --line: #505a5f; --accent: #5fa8e8; --error: #ff7b6b; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header, main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 4px solid var(--accent); }
h1 { margin: 0 0 .5rem; font-size: 1.6rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 .25rem; }
label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
.hint { color: var(--muted); font-size: .9rem; margin: 0 0 .25rem; }
textarea, input { width: 100%; font: .95rem/1.4 ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; padding: .5rem;
  color: var(--fg); background: var(--bg); border: 2px solid var(--line); border-radius: 0; }
textarea:focus, input:focus, button:focus, pre:focus { outline: 3px solid #fd0; outline-offset: 0; }
textarea[aria-invalid="true"] { border-color: var(--error); }
button { font: inherit; font-weight: 600; padding: .5rem 1.25rem; margin: 1rem .5rem 0 0; border: 0; color: #fff; background: var(--accent); cursor: pointer; }
button.secondary { color: var(--fg); background: transparent; border: 2px solid var(--line); }
pre { overflow: auto; padding: .75rem; border: 2px solid var(--line); white-space: pre-wrap; word-break: break-word; }
.error { color: var(--error); font-weight: 600; }
dt code { font-weight: 600; word-break: break-word; }
dd { margin: 0 0 .75rem 1rem; color: var(--muted); }
code { font-family: ui-monospace, Menlo, Consolas, monospace; }
`;

const SCRIPT = `
(function () {
  'use strict';
  var endpoint = location.origin + location.pathname;
  var stored = 'mash-register-explorer:';
  var query = document.getElementById('query');
  var variables = document.getElementById('variables');
  var token = document.getElementById('token');
  var status = document.getElementById('status');
  var result = document.getElementById('result');
  var schemaStatus = document.getElementById('schema-status');
  var schemaList = document.getElementById('schema-list');

  function load(field) {
    try { var value = localStorage.getItem(stored + field.id); if (value !== null) field.value = value; } catch (e) {}
  }
  function save(field) {
    try { localStorage.setItem(stored + field.id, field.value); } catch (e) {}
  }
  [query, variables, token].forEach(function (field) {
    load(field);
    field.addEventListener('input', function () { save(field); });
  });

  function say(element, text, isError) {
    element.textContent = text;
    element.className = isError ? 'error' : '';
  }

  function post(body) {
    var headers = { 'content-type': 'application/json' };
    var bearer = token.value.trim().replace(/^Bearer\\s+/i, '');
    if (bearer) headers.authorization = 'Bearer ' + bearer;
    return fetch(endpoint, { method: 'POST', headers: headers, body: JSON.stringify(body) }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = JSON.parse(text); } catch (e) {}
        return { status: response.status, text: text, json: json };
      });
    });
  }

  function run(event) {
    event.preventDefault();
    var vars;
    variables.removeAttribute('aria-invalid');
    if (variables.value.trim()) {
      try { vars = JSON.parse(variables.value); } catch (e) {
        variables.setAttribute('aria-invalid', 'true');
        say(status, 'The variables are not valid JSON: ' + e.message, true);
        variables.focus();
        return;
      }
    }
    say(status, 'Running...', false);
    result.textContent = '';
    var started = Date.now();
    post({ query: query.value, variables: vars }).then(function (answer) {
      var failed = answer.status >= 400 || (answer.json && answer.json.errors);
      say(status, 'HTTP ' + answer.status + ' in ' + (Date.now() - started) + ' ms' + (failed ? ', with errors' : ''), failed);
      result.textContent = answer.json ? JSON.stringify(answer.json, null, 2) : answer.text;
    }, function (error) {
      say(status, 'The request failed: ' + error.message, true);
    });
  }

  document.getElementById('run-form').addEventListener('submit', run);
  query.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) run(event);
  });

  var TYPE = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
  var FIELDS = '{ name fields { name description args { name type { ' + TYPE + ' } } type { ' + TYPE + ' } } }';
  var INTROSPECTION = 'query ExplorerSchema { __schema { queryType ' + FIELDS + ' mutationType ' + FIELDS + ' } }';

  function typeName(type) {
    if (type.kind === 'NON_NULL') return typeName(type.ofType) + '!';
    if (type.kind === 'LIST') return '[' + typeName(type.ofType) + ']';
    return type.name;
  }
  function signature(field) {
    var args = field.args.map(function (arg) { return arg.name + ': ' + typeName(arg.type); });
    return field.name + (args.length ? '(' + args.join(', ') + ')' : '') + ': ' + typeName(field.type);
  }
  function listFields(title, type) {
    if (!type) return;
    var heading = document.createElement('h3');
    heading.textContent = title;
    var list = document.createElement('dl');
    type.fields.forEach(function (field) {
      var term = document.createElement('dt');
      var code = document.createElement('code');
      code.textContent = signature(field);
      term.appendChild(code);
      var description = document.createElement('dd');
      description.textContent = field.description || '(no description)';
      list.appendChild(term);
      list.appendChild(description);
    });
    schemaList.appendChild(heading);
    schemaList.appendChild(list);
  }

  document.getElementById('load-schema').addEventListener('click', function () {
    say(schemaStatus, 'Loading the schema...', false);
    schemaList.textContent = '';
    post({ query: INTROSPECTION }).then(function (answer) {
      var schema = answer.json && answer.json.data && answer.json.data.__schema;
      if (!schema) {
        say(schemaStatus, 'The server did not return the schema (HTTP ' + answer.status + '). Is introspection off?', true);
        return;
      }
      say(schemaStatus, '', false);
      listFields('Queries', schema.queryType);
      listFields('Mutations', schema.mutationType);
    }, function (error) {
      say(schemaStatus, 'The request failed: ' + error.message, true);
    });
  });
})();
`;

const DEFAULT_QUERY = `query Me {
  me {
    userId
    email
    isPlatformAdmin
    memberships { role organisation { id name } }
  }
}`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The explorer page: one self-contained HTML document, allowed by its CSP to talk to its own origin only. */
export function renderExplorerHtml(): string {
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(SCRIPT)}`,
    `style-src ${sha256(STYLE)}`,
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>MASH Register API explorer</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>MASH Register API explorer</h1>
<p>MASH Register is one shared register of buildings, assets of community value and co-location offers,
kept by councils and voluntary, community and faith groups. This is its GraphQL API. Anyone may read public
records; changes need a signed-in user's token. On a local server, <code>npm run token -- &lt;user-id&gt;</code>
prints one (<code>npm run token -- platform-admin</code> for a platform admin).</p>
</header>
<main>
<form id="run-form">
<h2>Run a query</h2>
<label for="query">Query or mutation</label>
<p class="hint" id="query-hint">GraphQL text. Ctrl+Enter (or Cmd+Enter) runs it.</p>
<textarea id="query" name="query" rows="12" spellcheck="false" autocapitalize="off" autocomplete="off" aria-describedby="query-hint">${escapeHtml(DEFAULT_QUERY)}</textarea>
<label for="variables">Variables</label>
<p class="hint" id="variables-hint">A JSON object, such as <code>{"id": "..."}</code>. Leave empty for none.</p>
<textarea id="variables" name="variables" rows="4" spellcheck="false" autocapitalize="off" autocomplete="off" aria-describedby="variables-hint"></textarea>
<label for="token">Bearer token</label>
<p class="hint" id="token-hint">Optional. Kept in this browser (localStorage) for next time.</p>
<input id="token" name="token" type="password" autocomplete="off" spellcheck="false" aria-describedby="token-hint">
<button type="submit">Run</button>
</form>
<section aria-labelledby="result-heading">
<h2 id="result-heading">Result</h2>
<p id="status" role="status"></p>
<pre id="result" tabindex="0" aria-label="Result as JSON"></pre>
</section>
<section aria-labelledby="schema-heading">
<h2 id="schema-heading">Schema</h2>
<p>The operations the API offers, with their descriptions.</p>
<button type="button" class="secondary" id="load-schema">Load the schema</button>
<p id="schema-status" role="status"></p>
<div id="schema-list"></div>
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

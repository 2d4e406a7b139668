/**
 * /api/docs: the API reference, rendered on the server from the generated
 * OpenAPI document (no CDN, no script). Everything printed from the document
 * goes through JSX, so it is escaped. Styles come from /api/docs.css, so the
 * page keeps a strict Content-Security-Policy.
 */
import type { FC } from 'hono/jsx';
import { PROBLEM_TITLES } from './problem.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});

export const DOCS_CSP =
  "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const DOCS_CSS = `
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b;background:#fff}
h1,h2,h3{line-height:1.2}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2.5rem}
code,pre{font-family:ui-monospace,monospace;font-size:.9em}pre{background:#f4f4f4;padding:.6rem;overflow-x:auto}
.op{border:1px solid #ddd;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}
.method{display:inline-block;min-width:3.5rem;font-weight:bold;text-transform:uppercase}
.get{color:#075}.post{color:#a40}
table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #eee;padding:.25rem .5rem;vertical-align:top}
nav ul{columns:2}a{color:#0645ad}
@media (prefers-color-scheme:dark){body{background:#161616;color:#eee}pre{background:#222}.op{border-color:#444}a{color:#8ab4f8}}
`;

function refName(schema: unknown): string | null {
  const ref = obj(schema)['$ref'];
  return typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : null;
}

const SchemaLink: FC<{ schema: unknown }> = ({ schema }) => {
  const name = refName(schema);
  if (name) return <a href={`#schema-${name}`}>{name}</a>;
  return <code>{JSON.stringify(schema)}</code>;
};

const Operation: FC<{ path: string; method: string; op: Json }> = ({ path, method, op }) => {
  const params = (op.parameters as Json[] | undefined) ?? [];
  const body = obj(obj(obj(op.requestBody).content)['application/json']).schema;
  const responses = Object.entries(obj(op.responses));
  const secured = Array.isArray(op.security) && op.security.length > 0;
  return (
    <section class="op" id={`op-${String(op.operationId)}`}>
      <h3>
        <span class={`method ${method}`}>{method}</span> <code>/api{path}</code>
      </h3>
      <p>
        <strong>{String(op.summary ?? '')}</strong>{' '}
        <small>
          (operationId <code>{String(op.operationId)}</code>)
        </small>
      </p>
      {op.description ? <p>{String(op.description)}</p> : null}
      {secured ? (
        <p>
          Needs <code>Authorization: Bearer TOKEN</code>.
        </p>
      ) : null}
      {params.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>parameter</th>
              <th>in</th>
              <th>required</th>
              <th>schema</th>
              <th>description</th>
            </tr>
          </thead>
          <tbody>
            {params.map((p) => (
              <tr>
                <td>
                  <code>{String(p.name)}</code>
                </td>
                <td>{String(p.in)}</td>
                <td>{p.required ? 'yes' : 'no'}</td>
                <td>
                  <code>{JSON.stringify(p.schema)}</code>
                </td>
                <td>{String(p.description ?? obj(p.schema).description ?? '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {body ? (
        <p>
          Request body (<code>application/json</code>): <SchemaLink schema={body} />
        </p>
      ) : null}
      <table>
        <thead>
          <tr>
            <th>status</th>
            <th>meaning</th>
            <th>body</th>
          </tr>
        </thead>
        <tbody>
          {responses.map(([status, r]) => {
            const content = obj(obj(r).content);
            return (
              <tr>
                <td>{status}</td>
                <td>{String(obj(r).description ?? '')}</td>
                <td>
                  {Object.entries(content).map(([type, m]) => (
                    <div>
                      <code>{type}</code> <SchemaLink schema={obj(m).schema} />
                    </div>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
};

export const DocsPage: FC<{ doc: Json }> = ({ doc }) => {
  const info = obj(doc.info);
  const ops = Object.entries(obj(doc.paths)).flatMap(([path, item]) =>
    Object.entries(obj(item)).map(([method, op]) => ({ path, method, op: obj(op) })),
  );
  const schemas = Object.entries(obj(obj(doc.components).schemas)).sort(([a], [b]) => a.localeCompare(b));
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${String(info.title)} — API reference`}</title>
        <link rel="stylesheet" href="/api/docs.css" />
      </head>
      <body>
        <header>
          <h1>
            {String(info.title)} <small>v{String(info.version)}</small>
          </h1>
          <p>{String(info.description ?? '')}</p>
          <p>
            Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI {String(doc.openapi)}).
          </p>
        </header>
        <nav aria-label="Operations">
          <h2>Operations</h2>
          <ul>
            {ops.map(({ path, method, op }) => (
              <li>
                <a href={`#op-${String(op.operationId)}`}>
                  <code>
                    {method.toUpperCase()} /api{path}
                  </code>
                </a>{' '}
                — {String(op.summary ?? '')}
              </li>
            ))}
          </ul>
        </nav>
        <main>
          <h2>Conventions</h2>
          <ul>
            <li>
              Reads are open to any origin (CORS), carry an <code>ETag</code> (send it back as{' '}
              <code>If-None-Match</code> for a 304) and <code>Cache-Control</code>.
            </li>
            <li>
              Writes need a bearer token: an administrator creates one with <code>hero-cities token create NAME</code>.
              Every write is recorded in the audit log. Writes and search are rate-limited; a 429 says when to retry (
              <code>Retry-After</code>).
            </li>
            <li>
              Lists of claims are paged: pass the <code>next</code> value of one page as <code>cursor</code> to get the
              next.
            </li>
          </ul>
          <h2 id="problems">Errors</h2>
          <p>
            Every error is <code>application/problem+json</code> (RFC 9457) with <code>type</code>, <code>title</code>,{' '}
            <code>status</code>, <code>detail</code> and <code>instance</code>. The kinds:
          </p>
          <table>
            <thead>
              <tr>
                <th>type</th>
                <th>status</th>
                <th>title</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(PROBLEM_TITLES).map(([kind, p]) => (
                <tr id={`problem-${kind}`}>
                  <td>
                    <code>/api/docs#problem-{kind}</code>
                  </td>
                  <td>{p.status}</td>
                  <td>{p.title}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Operations in detail</h2>
          {ops.map((o) => (
            <Operation {...o} />
          ))}
          <h2>Schemas</h2>
          {schemas.map(([name, schema]) => (
            <section id={`schema-${name}`}>
              <h3>{name}</h3>
              <pre>{JSON.stringify(schema, null, 2)}</pre>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
};

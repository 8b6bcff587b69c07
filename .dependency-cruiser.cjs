/**
 * The layers of Officemate, enforced by test/architecture.test.ts:
 *   lib ← formats ← index ← skills ← chat ← server | cli | mcp,   models ← skills,
 * nothing imports upward and there are no import circles. The web app imports only the
 * protocol module (types) from src/.
 */
const layer = (name, from, forbidden, comment) => ({
  name,
  severity: 'error',
  comment,
  from: { path: from },
  to: { path: forbidden },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other in a circle: move the shared part into a module both import.',
      from: {},
      to: { circular: true },
    },
    layer('lib-is-the-bottom', '^src/lib/', '^src/(formats|index|models|skills|chat|server|cli|mcp|protocol)/', 'src/lib holds shared helpers and imports no other layer.'),
    layer('formats-below-index', '^src/formats/', '^src/(index|models|skills|chat|server|cli|mcp|protocol)/', 'Readers and writers know nothing of the index, models, skills or edges.'),
    layer('index-below-skills', '^src/index/', '^src/(models|skills|chat|server|cli|mcp|protocol)/', 'The index knows nothing of models, skills or edges.'),
    layer('models-below-skills', '^src/models/', '^src/(formats|index|skills|chat|server|cli|mcp|protocol)/', 'Models know nothing of files, the index, skills or edges.'),
    {
      ...layer('skills-below-chat', '^src/skills/', '^src/(chat|server|cli|mcp|protocol)/', 'Skills are called by chat and the edges, never the other way round.'),
      from: { path: '^src/skills/', pathNot: '^src/skills/registry\\.ts$' },
    },
    layer('registry-below-edges', '^src/skills/registry\\.ts$', '^src/(server|cli|mcp|protocol)/', 'The registry gathers skills (and chat\'s ask) for the edges; it imports no edge.'),
    layer('chat-below-edges', '^src/chat/', '^src/(server|cli|mcp|protocol)/', 'Chat knows nothing of the edges.'),
    layer('protocol-is-a-contract', '^src/protocol/', '^src/(formats|index|models|skills|chat|server|cli|mcp)/', 'The protocol module is shared with the browser: schemas and types only.'),
    layer('mcp-below-server-and-cli', '^src/mcp/', '^src/(server|cli)/', 'The MCP edge is hosted by the CLI (stdio) and the server (/mcp), not the other way round.'),
    layer('server-not-into-cli', '^src/server/', '^src/cli/', 'The server runs skills through the registry, never through the CLI.'),
    layer('web-imports-only-the-protocol', '^web/src/', '^src/(?!protocol/)', 'The web app talks to /api and shares only the protocol types.'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/|\\.test\\.tsx?$|__fixtures__|testing/|\\.contract\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
